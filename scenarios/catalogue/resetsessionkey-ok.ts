import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectErrcode, miniProgramServerToken, miniProgramSession, sessionKeyParams } from './wechat-expect.js';

export default {
  id: 'resetsessionkey.ok',
  title:
    '/wxa/resetusersessionkey answers errcode 0, ok, the openid and a new session_key; the old key then fails checksession with 87009, the new one passes',
  reference: 'ML§2.3, ML§2.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const { openid, sessionKey } = await miniProgramSession(t);
    const token = await miniProgramServerToken(t);
    const answer = await t.sns('/wxa/resetusersessionkey', sessionKeyParams(token, openid, sessionKey));
    assert.deepEqual(Object.keys(answer.body ?? {}), ['errcode', 'errmsg', 'openid', 'session_key']);
    assert.equal(answer.body?.errcode, 0);
    assert.equal(answer.body?.openid, openid);
    const renewed = String(answer.body?.session_key);
    assert.match(renewed, /^[A-Za-z0-9+/]{22}==$/);
    assert.notEqual(renewed, sessionKey);
    expectErrcode(await t.sns('/wxa/checksession', sessionKeyParams(token, openid, sessionKey)), 87009);
    assert.equal((await t.sns('/wxa/checksession', sessionKeyParams(token, openid, renewed))).body?.errcode, 0);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'auth.ok',
  title: 'Checking a valid access_token with its openid answers {"errcode":0,"errmsg":"ok"}',
  reference: '§5.1',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const answer = await t.sns('/sns/auth', tokenParams(grant));
    const body = expectSuccess(answer);
    assert.deepEqual(body, { errcode: 0, errmsg: 'ok' });
    assert.deepEqual(Object.keys(body), ['errcode', 'errmsg']);
    // Compact, and no rid suffix on the success errmsg.
    assert.equal(answer.text, '{"errcode":0,"errmsg":"ok"}');
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { miniProgramServerToken, miniProgramSession, sessionKeyParams } from './wechat-expect.js';

export default {
  id: 'checksession.ok',
  title:
    '/wxa/checksession signed with the live session_key (HMAC-SHA256 keyed with its base64 text, over "") answers {"errcode":0,"errmsg":"ok"}',
  reference: 'ML§2.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const { openid, sessionKey } = await miniProgramSession(t);
    const token = await miniProgramServerToken(t);
    const answer = await t.sns('/wxa/checksession', sessionKeyParams(token, openid, sessionKey));
    assert.equal(answer.text, '{"errcode":0,"errmsg":"ok"}');
  },
} satisfies Scenario;

import { createHmac } from 'node:crypto';
import type { Scenario } from '../model/scenario.js';
import { expectErrcode, miniProgramServerToken, miniProgramSession, sessionKeyParams } from './wechat-expect.js';

export default {
  id: 'checksession.decoded-key-refused',
  title: 'A checksession signature keyed with the decoded session_key bytes instead of its base64 text answers 87009',
  reference: 'ML§2.2',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const { openid, sessionKey } = await miniProgramSession(t);
    const token = await miniProgramServerToken(t);
    const decoded = createHmac('sha256', Buffer.from(sessionKey, 'base64')).update('').digest('hex');
    const params = { ...sessionKeyParams(token, openid, sessionKey), signature: decoded };
    expectErrcode(await t.sns('/wxa/checksession', params), 87009);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// 40014 is captured for userinfo with an invalid token, 40001 for a token that is not an sns token
// (§5.2, §15): either is WeChat's answer to a token it never issued.
export default {
  id: 'userinfo.access-token-unknown',
  title: 'userinfo with an access_token WeChat never issued answers 40001 or 40014',
  reference: '§5.2, §15',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const accessToken of ['access_token', `86_${'x'.repeat(107)}`]) {
      const answer = await t.sns('/sns/userinfo', {
        access_token: accessToken,
        openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI',
      });
      expectErrcode(answer, [40001, 40014]);
    }
  },
} satisfies Scenario;

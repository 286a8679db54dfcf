import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// Captures show both 40001 and 40014 for tokens WeChat never issued (§5.1, §15): either is WeChat's.
export default {
  id: 'auth.access-token-unknown',
  title: 'Checking an access_token WeChat never issued answers 40001 or 40014',
  reference: '§5.1, §15',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const accessToken of ['access_token', `86_${'x'.repeat(107)}`]) {
      const answer = await t.sns('/sns/auth', { access_token: accessToken, openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI' });
      expectErrcode(answer, [40001, 40014]);
    }
  },
} satisfies Scenario;

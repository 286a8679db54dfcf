import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

// The lifetime is inferred for mobile apps (ML§6.2, ML§10); an expired code answers 40029 as on the website (§6).
export default {
  id: 'mobileapp.code-expires-after-10-minutes',
  title: "A mobile app's SDK code is refused with 40029 once 10 minutes have passed",
  reference: 'ML§6.2, §6',
  evidence: 'inferred',
  needs: ['mobile-app', 'clock'],
  async run(t) {
    const code = await t.mobileAppCode();
    await t.advanceClock(600);
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, code)), 40029);
  },
} satisfies Scenario;

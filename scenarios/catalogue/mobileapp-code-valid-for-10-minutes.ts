import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

// The 10 minutes are the Open Platform's figure for its codes; that they hold for mobile apps is inferred (ML§6.2, ML§10).
export default {
  id: 'mobileapp.code-valid-for-10-minutes',
  title: "A mobile app's SDK code is still accepted just before its 10 minutes are up",
  reference: 'ML§6.2',
  evidence: 'inferred',
  needs: ['mobile-app', 'clock'],
  async run(t) {
    const code = await t.mobileAppCode();
    await t.advanceClock(590);
    expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, code)));
  },
} satisfies Scenario;

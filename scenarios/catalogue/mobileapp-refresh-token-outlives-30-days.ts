import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess, refreshParams } from './wechat-expect.js';

const THIRTY_DAYS = 30 * 86_400;

export default {
  id: 'mobileapp.refresh-token-outlives-30-days',
  title: "A mobile app's refresh_token still refreshes after 30 days, when a website app's has expired",
  reference: 'ML§6.3, §4',
  evidence: 'documented',
  needs: ['mobile-app', 'clock'],
  async run(t) {
    const code = await t.mobileAppCode();
    const grant = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, code)));
    await t.advanceClock(THIRTY_DAYS + 60);
    expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.mobileApp, grant.refresh_token as string)));
  },
} satisfies Scenario;

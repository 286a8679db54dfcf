import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, expectSuccess, refreshParams } from './wechat-expect.js';

const HALF_YEAR = 180 * 86_400;

// A refresh does not extend the refresh_token (§4): it ends 180 days after the login whatever happened in between.
export default {
  id: 'mobileapp.refresh-token-expires-after-180-days',
  title: "A mobile app's refresh_token is refused with 42002 refresh_token expired once 180 days have passed",
  reference: 'ML§6.3, §4',
  evidence: 'documented',
  needs: ['mobile-app', 'clock'],
  async run(t) {
    const code = await t.mobileAppCode();
    const grant = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, code)));
    const refresh = refreshParams(t.mobileApp, grant.refresh_token as string);
    await t.advanceClock(HALF_YEAR - 60);
    expectSuccess(await t.sns('/sns/oauth2/refresh_token', refresh));
    await t.advanceClock(60);
    expectErrcode(await t.sns('/sns/oauth2/refresh_token', refresh), 42002);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, refreshParams } from './wechat-expect.js';

const DAY = 86_400;

// 42002 is documented; its errmsg text "refresh_token expired" is inferred from the code table (§8, §15, INF).
export default {
  id: 'refresh.refresh-token-not-extended',
  title: 'Using a refresh_token does not extend its 30 days: refreshed on day 29, it expires on day 30 all the same',
  reference: '§4',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    const params = refreshParams(t.website, grant.refresh_token);
    await t.advanceClock(29 * DAY);
    expectSuccess(await t.sns('/sns/oauth2/refresh_token', params));
    await t.advanceClock(DAY);
    expectErrcode(await t.sns('/sns/oauth2/refresh_token', params), 42002);
  },
} satisfies Scenario;

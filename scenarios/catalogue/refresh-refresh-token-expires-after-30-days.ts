import type { Scenario } from '../model/scenario.js';
import { expectErrcode, refreshParams } from './wechat-expect.js';

const THIRTY_DAYS = 30 * 86_400;

// 42002 is documented; its errmsg text "refresh_token expired" is inferred from the code table (§8, §15, INF).
export default {
  id: 'refresh.refresh-token-expires-after-30-days',
  title: 'A refresh_token is refused with 42002 refresh_token expired once 30 days have passed',
  reference: '§4, §6',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(THIRTY_DAYS);
    expectErrcode(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)), 42002);
  },
} satisfies Scenario;

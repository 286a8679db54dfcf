import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.official-account-code-expires-after-5-minutes',
  title: "An official account's code is refused with 40029 once 5 minutes have passed",
  reference: '§2, §6',
  evidence: 'documented',
  needs: ['fresh-code', 'clock', 'official-account'],
  async run(t) {
    const code = await t.freshCode({ app: 'official-account' });
    await t.advanceClock(300);
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.officialAccount, code)), 40029);
  },
} satisfies Scenario;

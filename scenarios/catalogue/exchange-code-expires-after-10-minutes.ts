import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.code-expires-after-10-minutes',
  title: "A website app's code is refused with 40029 once 10 minutes have passed",
  reference: '§6',
  evidence: 'captured',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const code = await t.freshCode();
    await t.advanceClock(600);
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, code)), 40029);
  },
} satisfies Scenario;

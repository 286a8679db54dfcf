import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'exchange.code-valid-for-10-minutes',
  title: "A website app's code is still accepted just before its 10 minutes are up",
  reference: '§6',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const code = await t.freshCode();
    await t.advanceClock(590);
    expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, code)));
  },
} satisfies Scenario;

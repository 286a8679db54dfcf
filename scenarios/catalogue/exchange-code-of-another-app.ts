import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.code-of-another-app',
  title: "A code is bound to the app that obtained it: another app's credentials answer 40029",
  reference: '§3.3, §6',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const code = await t.freshCode({ app: 'official-account', scope: 'snsapi_base' });
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, code)), 40029);
  },
} satisfies Scenario;

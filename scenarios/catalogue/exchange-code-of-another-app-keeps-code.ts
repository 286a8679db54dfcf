import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, expectSuccess } from './wechat-expect.js';

// The 40029 for another app's credentials ("appid不一致", §3.3) refuses the request, not the code (INF).
export default {
  id: 'exchange.code-of-another-app-keeps-code',
  title: "A code refused with 40029 for another app's credentials still exchanges with its own app's",
  reference: '§3.3, §6',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const code = await t.freshCode({ app: 'official-account', scope: 'snsapi_userinfo' });
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, code)), 40029);
    expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.officialAccount, code)));
  },
} satisfies Scenario;

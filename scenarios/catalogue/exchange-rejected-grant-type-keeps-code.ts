import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, expectSuccess } from './wechat-expect.js';

// grant_type is checked before the code (§3.3, INF), so a request refused for its grant_type never reaches the code.
export default {
  id: 'exchange.rejected-grant-type-keeps-code',
  title: 'A code exchange refused with 40002 for its grant_type leaves the code unspent: it still exchanges afterwards',
  reference: '§3.3',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const params = exchangeParams(t.website, await t.freshCode());
    expectErrcode(await t.sns('/sns/oauth2/access_token', { ...params, grant_type: 'authorization_code;' }), 40002);
    const { grant_type: _, ...withoutGrantType } = params;
    expectErrcode(await t.sns('/sns/oauth2/access_token', withoutGrantType), 40002);
    expectSuccess(await t.sns('/sns/oauth2/access_token', params));
  },
} satisfies Scenario;

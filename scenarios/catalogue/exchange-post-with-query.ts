import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

// The reference infers that WeChat accepts a POST whose parameters are in the query string, since
// clients in the wild exchange codes that way (§9, INF).
export default {
  id: 'exchange.post-with-query',
  title: 'A POST carrying its parameters in the query string exchanges the code like a GET',
  reference: '§9',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const params = exchangeParams(t.website, await t.freshCode());
    expectSuccess(await t.sns('/sns/oauth2/access_token', params, { method: 'POST' }));
  },
} satisfies Scenario;

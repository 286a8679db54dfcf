import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, formPost } from './wechat-expect.js';

// Inferred (§3.1, INF): where a parameter is both in the query and in a form body, the query's value counts.
export default {
  id: 'exchange.form-body-query-first',
  title:
    'A parameter in both the query and a form-encoded body counts by its query value: a valid appid in the query and an unknown one in the body get to the code check (40029), not 40013',
  reference: '§3.1',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const query = exchangeParams(t.website, 'not-a-code');
    const answer = await t.sns('/sns/oauth2/access_token', query, formPost({ appid: 'wx0000000000000000' }));
    expectErrcode(answer, 40029);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.form-body-ignored',
  title: 'Parameters are read from the query string only: a POST with a form body and no query answers 41002',
  reference: '§3.1, §9',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const body = new URLSearchParams(exchangeParams(t.website, 'any')).toString();
    const answer = await t.sns(
      '/sns/oauth2/access_token',
      {},
      { method: 'POST', body, contentType: 'application/x-www-form-urlencoded' },
    );
    expectErrcode(answer, 41002);
  },
} satisfies Scenario;

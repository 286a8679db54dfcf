import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.json-body-ignored',
  title: 'A JSON body is not read (only a form-encoded one is): a POST with a JSON body and no query answers 41002',
  reference: '§3.1, §9',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const body = JSON.stringify(exchangeParams(t.website, 'any'));
    const answer = await t.sns(
      '/sns/oauth2/access_token',
      {},
      { method: 'POST', body, contentType: 'application/json' },
    );
    expectErrcode(answer, 41002);
  },
} satisfies Scenario;

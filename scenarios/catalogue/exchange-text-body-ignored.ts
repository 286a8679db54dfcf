import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

// Only a form-encoded body is read (§3.1, INF): form-shaped text sent as text/plain is not.
export default {
  id: 'exchange.text-body-ignored',
  title: 'A text/plain body is not read, even when it is form-shaped: such a POST with no query answers 41002',
  reference: '§3.1, §9',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const body = new URLSearchParams(exchangeParams(t.website, 'any')).toString();
    const answer = await t.sns('/sns/oauth2/access_token', {}, { method: 'POST', body, contentType: 'text/plain' });
    expectErrcode(answer, 41002);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

// Media types are case-insensitive and may carry a charset (RFC 9110); the form body is read then too (§3.1, INF).
export default {
  id: 'exchange.form-body-charset',
  title:
    'A POST with every parameter in a form body whose Content-Type is "Application/X-WWW-Form-Urlencoded; charset=UTF-8" exchanges the code',
  reference: '§3.1',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const body = new URLSearchParams(exchangeParams(t.website, await t.freshCode())).toString();
    const contentType = 'Application/X-WWW-Form-Urlencoded; charset=UTF-8';
    expectSuccess(await t.sns('/sns/oauth2/access_token', {}, { method: 'POST', body, contentType }));
  },
} satisfies Scenario;

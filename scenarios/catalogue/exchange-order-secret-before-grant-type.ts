import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

// The reference infers the validation order from captures (§3.3, INF).
export default {
  id: 'exchange.order-secret-before-grant-type',
  title: 'With both a bad secret and a bad grant_type the exchange answers 40125: secret is checked before grant_type',
  reference: '§3.3',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const params = {
      ...exchangeParams({ appid: t.website.appid, secret: '0'.repeat(32) }, 'any'),
      grant_type: 'authorization_code;',
    };
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40125);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// The reference infers the validation order from captures (§3.3, INF).
export default {
  id: 'exchange.order-grant-type-before-code',
  title: 'With a bad grant_type and no code the exchange answers 40002: grant_type is checked before code',
  reference: '§3.3',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const params = { appid: t.website.appid, secret: t.website.secret, grant_type: 'client_credential' };
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40002);
  },
} satisfies Scenario;

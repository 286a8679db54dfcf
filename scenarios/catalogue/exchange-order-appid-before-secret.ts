import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

// The reference infers the validation order from captures (§3.3, INF).
export default {
  id: 'exchange.order-appid-before-secret',
  title: 'With both a bad appid and a bad secret the exchange answers 40013: appid is checked before secret',
  reference: '§3.3',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const params = exchangeParams({ appid: 'wx0000000000000000', secret: '0'.repeat(32) }, 'any');
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40013);
  },
} satisfies Scenario;

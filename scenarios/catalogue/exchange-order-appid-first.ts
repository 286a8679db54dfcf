import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// The reference infers the validation order from captures (§3.3, INF).
export default {
  id: 'exchange.order-appid-first',
  title: 'A code exchange with no parameters at all answers 41002: appid is checked first',
  reference: '§3.3, §14',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    expectErrcode(await t.sns('/sns/oauth2/access_token', {}), 41002);
  },
} satisfies Scenario;

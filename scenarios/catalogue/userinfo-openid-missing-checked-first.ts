import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// Missing parameters are answered before any token is looked up, as on the code exchange (§3.3, INF).
export default {
  id: 'userinfo.openid-missing-checked-first',
  title: 'userinfo with an access_token WeChat never issued and no openid answers 41009, not an invalid-token errcode',
  reference: '§5.2, §8',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    expectErrcode(await t.sns('/sns/userinfo', { access_token: 'x' }), 41009);
  },
} satisfies Scenario;

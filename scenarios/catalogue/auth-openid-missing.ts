import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// 41009 is captured on /sns/userinfo; on /sns/auth the reference infers the same answer (§8, INF).
export default {
  id: 'auth.openid-missing',
  title: 'Checking a valid access_token without openid answers 41009 missing openid',
  reference: '§5.1, §8',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    expectErrcode(await t.sns('/sns/auth', { access_token: grant.access_token }), 41009);
  },
} satisfies Scenario;

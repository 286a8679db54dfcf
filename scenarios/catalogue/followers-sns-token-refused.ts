import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

// ML§7 documents that user/info takes the server token, not an sns token; which errcode an sns token gets is
// inferred from §7's mirror case (a server token at /sns/userinfo answers 40001).
export default {
  id: 'followers.sns-token-refused',
  title: "user/info refuses the user's own /sns access_token with 40001 invalid credential",
  reference: 'ML§7, §7',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const query = { access_token: grant.access_token, openid: grant.openid };
    expectErrcode(await t.sns('/cgi-bin/user/info', query), 40001);
  },
} satisfies Scenario;

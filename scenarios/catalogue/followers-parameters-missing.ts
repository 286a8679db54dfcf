import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, serverTokenParams } from './wechat-expect.js';

// The codes /sns answers for the same two parameters (§8); on user/info inferred (ML§7 lists no missing-parameter errors).
export default {
  id: 'followers.parameters-missing',
  title: 'user/info answers 41001 access_token missing without a token, and 41009 missing openid without an openid',
  reference: 'ML§7, §8',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    expectErrcode(await t.sns('/cgi-bin/user/info', { openid: grant.openid }), 41001);
    const token = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.officialAccount)));
    expectErrcode(await t.sns('/cgi-bin/user/info', { access_token: token.access_token as string }), 41009);
  },
} satisfies Scenario;

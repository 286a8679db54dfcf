import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'followers.openid-of-another-app',
  title: "user/info refuses the same person's openid in another app with 40003 invalid openid",
  reference: 'ML§7',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const website = await t.login();
    const token = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.officialAccount)));
    const query = { access_token: token.access_token as string, openid: website.openid };
    expectErrcode(await t.sns('/cgi-bin/user/info', query), 40003);
  },
} satisfies Scenario;

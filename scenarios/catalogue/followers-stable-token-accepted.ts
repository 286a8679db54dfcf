import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'followers.stable-token-accepted',
  title: 'user/info takes the stable token of /cgi-bin/stable_token as well as the one of /cgi-bin/token',
  reference: 'ML§7, ML§5.2',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const token = expectSuccess(await stableToken(t, t.officialAccount));
    const query = { access_token: token.access_token as string, openid: grant.openid };
    const body = expectSuccess(await t.sns('/cgi-bin/user/info', query));
    assert.equal(body.openid, grant.openid);
  },
} satisfies Scenario;

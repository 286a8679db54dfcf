import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'followers.not-following',
  title:
    'user/info answers a user of a bound official account who does not follow with subscribe 0, openid, unionid and an empty tagid_list only',
  reference: 'ML§7',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const token = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.officialAccount)));
    const query = { access_token: token.access_token as string, openid: grant.openid, lang: 'zh_CN' };
    const body = expectSuccess(await t.sns('/cgi-bin/user/info', query));
    assert.deepEqual(body, { subscribe: 0, openid: grant.openid, unionid: grant.unionid, tagid_list: [] });
    assert.deepEqual(Object.keys(body), ['subscribe', 'openid', 'unionid', 'tagid_list']);
  },
} satisfies Scenario;

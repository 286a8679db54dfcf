import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'exchange.official-account-userinfo-shape',
  title:
    "An official account's snsapi_userinfo code exchanges for the full shape with scope snsapi_userinfo and a unionid",
  reference: '§2, §3.2, §10',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const code = await t.freshCode({ app: 'official-account', scope: 'snsapi_userinfo' });
    const body = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.officialAccount, code)));
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in', 'refresh_token', 'openid', 'scope', 'unionid']);
    assert.equal(body.scope, 'snsapi_userinfo');
  },
} satisfies Scenario;

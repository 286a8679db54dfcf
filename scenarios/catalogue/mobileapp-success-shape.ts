import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'mobileapp.success-shape',
  title:
    "A mobile app's SDK code exchanges at /sns/oauth2/access_token for access_token, expires_in, refresh_token, openid, scope snsapi_userinfo and unionid, in that order",
  reference: 'ML§6.2',
  evidence: 'captured',
  needs: ['mobile-app'],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, await t.mobileAppCode()));
    const body = expectSuccess(answer);
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in', 'refresh_token', 'openid', 'scope', 'unionid']);
    assert.equal(body.expires_in, 7200);
    assert.equal(body.scope, 'snsapi_userinfo');
  },
} satisfies Scenario;

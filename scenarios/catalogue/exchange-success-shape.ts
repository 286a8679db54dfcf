import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'exchange.success-shape',
  title:
    'A code exchange answers access_token, expires_in 7200, refresh_token, openid, scope and unionid, in that order',
  reference: '§3.2',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, await t.freshCode()));
    const body = expectSuccess(answer);
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in', 'refresh_token', 'openid', 'scope', 'unionid']);
    assert.equal(body.expires_in, 7200);
    assert.equal(body.scope, 'snsapi_login');
  },
} satisfies Scenario;

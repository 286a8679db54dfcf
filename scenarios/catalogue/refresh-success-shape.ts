import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.success-shape',
  title:
    'A refresh, which takes no secret, answers access_token, expires_in 7200, refresh_token, openid and scope, in that order, without unionid',
  reference: '§4',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)));
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in', 'refresh_token', 'openid', 'scope']);
    assert.equal(body.expires_in, 7200);
    assert.equal(body.openid, grant.openid);
    assert.equal(body.scope, 'snsapi_login');
  },
} satisfies Scenario;

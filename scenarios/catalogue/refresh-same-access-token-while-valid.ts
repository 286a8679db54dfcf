import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.same-access-token-while-valid',
  title: 'Refreshing while the access_token is still valid returns that same access_token',
  reference: '§4',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)));
    assert.equal(body.access_token, grant.access_token);
  },
} satisfies Scenario;

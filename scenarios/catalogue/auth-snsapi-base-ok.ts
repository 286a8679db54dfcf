import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

// /sns/auth checks that a token is valid, which is no profile permission: unlike userinfo (48001), it takes an
// snsapi_base token (§5.1, INF).
export default {
  id: 'auth.snsapi-base-ok',
  title: 'Checking a valid snsapi_base access_token with its openid answers {"errcode":0,"errmsg":"ok"}',
  reference: '§5.1',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_base' });
    assert.deepEqual(expectSuccess(await t.sns('/sns/auth', tokenParams(grant))), { errcode: 0, errmsg: 'ok' });
  },
} satisfies Scenario;

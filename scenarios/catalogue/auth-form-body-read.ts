import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, formPost, tokenParams } from './wechat-expect.js';

// Inferred (§3.1, INF): the /sns endpoints share one way of reading parameters.
export default {
  id: 'auth.form-body-read',
  title: 'An access_token check whose access_token and openid are in a form-encoded POST body answers ok',
  reference: '§3.1, §5.1',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/auth', {}, formPost(tokenParams(grant))));
    assert.deepEqual(body, { errcode: 0, errmsg: 'ok' });
  },
} satisfies Scenario;

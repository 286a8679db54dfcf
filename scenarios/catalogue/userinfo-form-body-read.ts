import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, formPost, tokenParams } from './wechat-expect.js';

// Inferred (§3.1, INF): the /sns endpoints share one way of reading parameters.
export default {
  id: 'userinfo.form-body-read',
  title: 'A userinfo request whose access_token and openid are in a form-encoded POST body answers the profile',
  reference: '§3.1, §5.2',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/userinfo', {}, formPost(tokenParams(grant))));
    assert.equal(body.openid, grant.openid);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, formPost, refreshParams } from './wechat-expect.js';

// Inferred (§3.1, INF): the /sns endpoints share one way of reading parameters.
export default {
  id: 'refresh.form-body-read',
  title: 'A refresh whose parameters are all in a form-encoded POST body is answered like one in the query',
  reference: '§3.1, §4',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const params = refreshParams(t.website, grant.refresh_token);
    const body = expectSuccess(await t.sns('/sns/oauth2/refresh_token', {}, formPost(params)));
    assert.equal(body.openid, grant.openid);
  },
} satisfies Scenario;

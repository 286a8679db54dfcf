import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'pages.authorize-code-exchanges',
  title: "The code of an snsapi_base redirect exchanges, with the official account's secret, for an snsapi_base grant",
  reference: '§2, §3',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const location = expectRedirect(await t.page(authorizePath(t, t.officialAccount.appid)));
    const code = new URL(location).searchParams.get('code') ?? '';
    const body = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.officialAccount, code)));
    assert.equal(body.scope, 'snsapi_base');
  },
} satisfies Scenario;

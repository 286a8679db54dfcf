import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'exchange.snsapi-base-without-unionid',
  title: 'An snsapi_base code exchanges for tokens with scope snsapi_base and no unionid',
  reference: '§3.2, §10',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const code = await t.freshCode({ app: 'official-account', scope: 'snsapi_base' });
    const body = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.officialAccount, code)));
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in', 'refresh_token', 'openid', 'scope']);
    assert.equal(body.scope, 'snsapi_base');
  },
} satisfies Scenario;

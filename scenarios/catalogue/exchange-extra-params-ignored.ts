import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

// python-weixin always sends redirect_uri and some clients add code_verifier; WeChat ignores what it
// does not know (§3.1; ignoring is an inference, INF).
export default {
  id: 'exchange.extra-params-ignored',
  title: 'Unknown parameters such as redirect_uri and code_verifier are ignored by the code exchange',
  reference: '§3.1, §11',
  evidence: 'inferred',
  needs: ['fresh-code'],
  async run(t) {
    const params = {
      ...exchangeParams(t.website, await t.freshCode()),
      redirect_uri: t.callbackUrl,
      code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    };
    const body = expectSuccess(await t.sns('/sns/oauth2/access_token', params));
    assert.equal(typeof body.access_token, 'string');
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.same-token-with-time-left',
  title: 'A second /cgi-bin/stable_token call answers the same token, with no more time left than the first',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const first = expectSuccess(await stableToken(t, t.miniProgram));
    const second = expectSuccess(await stableToken(t, t.miniProgram));
    assert.equal(second.access_token, first.access_token);
    assert.ok(Number(second.expires_in) <= Number(first.expires_in));
  },
} satisfies Scenario;

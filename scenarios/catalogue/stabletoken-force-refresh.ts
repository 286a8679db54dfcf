import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.force-refresh',
  title: 'force_refresh: true answers a new stable token with expires_in 7200',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const current = expectSuccess(await stableToken(t, t.miniProgram));
    const forced = expectSuccess(await stableToken(t, t.miniProgram, true));
    assert.notEqual(forced.access_token, current.access_token);
    assert.equal(forced.expires_in, 7200);
  },
} satisfies Scenario;

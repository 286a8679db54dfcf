import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.success-shape',
  title: '/cgi-bin/stable_token answers access_token then expires_in, at least 300 and at most 7200 seconds',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const body = expectSuccess(await stableToken(t, t.miniProgram));
    assert.deepEqual(Object.keys(body), ['access_token', 'expires_in']);
    assert.ok(Number(body.expires_in) >= 300 && Number(body.expires_in) <= 7200, `expires_in ${body.expires_in}`);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.new-token-in-last-5-minutes',
  title:
    "In the stable token's last 5 minutes a call answers a new token with expires_in 7200; until then the same one",
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    await t.advanceClock(30); // clear of another scenario's forced refresh (30 s apart, ML§5.2)
    const forced = expectSuccess(await stableToken(t, t.miniProgram, true));
    await t.advanceClock(7200 - 301);
    const before = expectSuccess(await stableToken(t, t.miniProgram));
    assert.equal(before.access_token, forced.access_token);
    assert.equal(before.expires_in, 301);
    await t.advanceClock(2);
    const renewed = expectSuccess(await stableToken(t, t.miniProgram));
    assert.notEqual(renewed.access_token, forced.access_token);
    assert.equal(renewed.expires_in, 7200);
  },
} satisfies Scenario;

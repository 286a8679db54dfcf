import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.force-refresh-30-seconds-apart',
  title: 'A second force_refresh within 30 s does not refresh: it answers the token the first one issued',
  reference: 'ML§5.2, ML§10',
  evidence: 'inferred',
  needs: ['mini-program', 'clock'],
  async run(t) {
    await t.advanceClock(30); // clear of another scenario's forced refresh
    const forced = expectSuccess(await stableToken(t, t.miniProgram, true));
    await t.advanceClock(29);
    assert.equal(expectSuccess(await stableToken(t, t.miniProgram, true)).access_token, forced.access_token);
    await t.advanceClock(1);
    assert.notEqual(expectSuccess(await stableToken(t, t.miniProgram, true)).access_token, forced.access_token);
  },
} satisfies Scenario;

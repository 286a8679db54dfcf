import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, phoneNumber, stableToken } from './wechat-expect.js';

export default {
  id: 'stabletoken.force-refresh-ends-old-token',
  title: 'force_refresh: true ends the previous stable token at once: it answers 40001 right away',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    await t.advanceClock(30); // clear of another scenario's forced refresh (30 s apart)
    const old = String(expectSuccess(await stableToken(t, t.miniProgram)).access_token);
    expectErrcode(await phoneNumber(t, old, { code: '0'.repeat(64) }), 40029);
    expectSuccess(await stableToken(t, t.miniProgram, true));
    expectErrcode(await phoneNumber(t, old, { code: '0'.repeat(64) }), 40001);
  },
} satisfies Scenario;

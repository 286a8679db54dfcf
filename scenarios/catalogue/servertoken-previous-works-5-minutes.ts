import type { Scenario } from '../model/scenario.js';
import { expectErrcode, miniProgramServerToken, phoneNumber } from './wechat-expect.js';

// A well-formed phone code nobody issued: a live token gets as far as the code (40029), a stale one not (40001).
const UNKNOWN_CODE = { code: '0'.repeat(64) };

export default {
  id: 'servertoken.previous-works-5-minutes',
  title:
    'After a new /cgi-bin/token the previous token still works for 5 minutes, then answers 40001 invalid credential (not latest)',
  reference: 'ML§5.1',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    const previous = await miniProgramServerToken(t);
    await miniProgramServerToken(t);
    await t.advanceClock(299);
    expectErrcode(await phoneNumber(t, previous, UNKNOWN_CODE), 40029);
    await t.advanceClock(1);
    expectErrcode(await phoneNumber(t, previous, UNKNOWN_CODE), 40001);
  },
} satisfies Scenario;

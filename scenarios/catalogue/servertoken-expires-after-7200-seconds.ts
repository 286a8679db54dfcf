import type { Scenario } from '../model/scenario.js';
import { expectErrcode, miniProgramServerToken, phoneNumber } from './wechat-expect.js';

export default {
  id: 'servertoken.expires-after-7200-seconds',
  title: 'A /cgi-bin/token answers 42001 access_token expired once its 7200 s have passed',
  reference: 'ML§5.1',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    const token = await miniProgramServerToken(t);
    await t.advanceClock(7199);
    expectErrcode(await phoneNumber(t, token, { code: '0'.repeat(64) }), 40029);
    await t.advanceClock(1);
    expectErrcode(await phoneNumber(t, token, { code: '0'.repeat(64) }), 42001);
  },
} satisfies Scenario;

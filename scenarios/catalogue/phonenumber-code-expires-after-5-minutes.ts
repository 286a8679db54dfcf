import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, miniProgramServerToken, phoneNumber } from './wechat-expect.js';

export default {
  id: 'phonenumber.code-expires-after-5-minutes',
  title: 'A phone code still works 299 s after the button was pressed; at 300 s it answers 40029',
  reference: 'ML§4.1, ML§4.2',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    const early = await t.phoneCode();
    const late = await t.phoneCode();
    await t.advanceClock(299);
    expectSuccess(await phoneNumber(t, await miniProgramServerToken(t), { code: early }));
    await t.advanceClock(1);
    expectErrcode(await phoneNumber(t, await miniProgramServerToken(t), { code: late }), 40029);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import {
  code2SessionParams,
  expectErrcode,
  expectSuccess,
  miniProgramServerToken,
  phoneNumber,
} from './wechat-expect.js';

export default {
  id: 'phonenumber.code-not-for-jscode2session',
  title: 'A phone code is no wx.login code: jscode2session answers 40029, and the code still gives the number',
  reference: 'ML§9, ML§1.4',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const code = await t.phoneCode();
    expectErrcode(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)), 40029);
    expectSuccess(await phoneNumber(t, await miniProgramServerToken(t), { code }));
  },
} satisfies Scenario;

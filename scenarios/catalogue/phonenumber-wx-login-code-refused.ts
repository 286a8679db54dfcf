import type { Scenario } from '../model/scenario.js';
import {
  code2SessionParams,
  expectErrcode,
  expectSuccess,
  miniProgramServerToken,
  phoneNumber,
} from './wechat-expect.js';

export default {
  id: 'phonenumber.wx-login-code-refused',
  title:
    'A wx.login code is no phone code: getuserphonenumber answers 40029, and the code still works at jscode2session',
  reference: 'ML§9, ML§4.2',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const code = await t.wxLoginCode();
    expectErrcode(await phoneNumber(t, await miniProgramServerToken(t), { code }), 40029);
    expectSuccess(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)));
  },
} satisfies Scenario;

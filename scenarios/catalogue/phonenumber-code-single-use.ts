import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, miniProgramServerToken, phoneNumber } from './wechat-expect.js';

export default {
  id: 'phonenumber.code-single-use',
  title: 'A phone code works once; the second getuserphonenumber answers 40029 invalid code, not 40163',
  reference: 'ML§4.1, ML§4.2',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const code = await t.phoneCode();
    const token = await miniProgramServerToken(t);
    expectSuccess(await phoneNumber(t, token, { code }));
    expectErrcode(await phoneNumber(t, token, { code }), 40029);
  },
} satisfies Scenario;

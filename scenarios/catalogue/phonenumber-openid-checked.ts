import type { Scenario } from '../model/scenario.js';
import {
  expectErrcode,
  expectSuccess,
  miniProgramServerToken,
  miniProgramSession,
  phoneNumber,
} from './wechat-expect.js';

export default {
  id: 'phonenumber.openid-checked',
  title:
    "An openid sent with the phone code must be the code's user: another answers 40003 and leaves the code usable; the right one gets the number",
  reference: 'ML§4.2',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const { openid } = await miniProgramSession(t);
    const code = await t.phoneCode();
    const token = await miniProgramServerToken(t);
    const other = `${openid.slice(0, -1)}${openid.endsWith('x') ? 'y' : 'x'}`;
    expectErrcode(await phoneNumber(t, token, { code, openid: other }), 40003);
    expectSuccess(await phoneNumber(t, token, { code, openid }));
  },
} satisfies Scenario;

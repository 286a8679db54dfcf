import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, exchangeParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-not-for-oauth-exchange',
  title:
    "A wx.login code is refused with 40029 by /sns/oauth2/access_token, even with the mini-program's credentials, and stays usable",
  reference: 'ML§9',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const code = await t.wxLoginCode();
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.miniProgram, code)), 40029);
    expectSuccess(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)));
  },
} satisfies Scenario;

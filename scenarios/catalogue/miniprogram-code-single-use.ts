import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-single-use',
  title: 'A wx.login code works once; the second jscode2session answers 40163 code been used',
  reference: 'ML§1.4',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectSuccess(await t.sns('/sns/jscode2session', params));
    expectErrcode(await t.sns('/sns/jscode2session', params), 40163);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-expires-after-5-minutes',
  title: 'A wx.login code is refused with 40029 once 5 minutes have passed',
  reference: 'ML§1.4',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    const code = await t.wxLoginCode();
    await t.advanceClock(300);
    expectErrcode(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)), 40029);
  },
} satisfies Scenario;

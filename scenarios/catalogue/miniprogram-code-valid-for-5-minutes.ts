import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-valid-for-5-minutes',
  title: 'A wx.login code still exchanges 299 seconds after it was issued',
  reference: 'ML§1.4',
  evidence: 'documented',
  needs: ['mini-program', 'clock'],
  async run(t) {
    const code = await t.wxLoginCode();
    await t.advanceClock(299);
    expectSuccess(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)));
  },
} satisfies Scenario;

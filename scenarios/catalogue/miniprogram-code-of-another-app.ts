import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-of-another-app',
  title: "jscode2session answers 40029 to a code issued to another appid (here the website app's)",
  reference: 'ML§1.4',
  evidence: 'captured',
  needs: ['fresh-code', 'mini-program'],
  async run(t) {
    const code = await t.freshCode();
    expectErrcode(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, code)), 40029);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-unknown',
  title: 'jscode2session answers 40029 invalid code to a code WeChat never issued',
  reference: 'ML§1.5',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, '0819eKXN0IJREb20XO0O0JAIXN09eKXs');
    expectErrcode(await t.sns('/sns/jscode2session', params), 40029);
  },
} satisfies Scenario;

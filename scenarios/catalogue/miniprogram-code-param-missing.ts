import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.code-param-missing',
  title: 'jscode2session answers 41008 missing code when the code is sent as `code` in place of `js_code`',
  reference: 'ML§1.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const { js_code, ...params } = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectErrcode(await t.sns('/sns/jscode2session', { ...params, code: js_code as string }), 41008);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode, formPost } from './wechat-expect.js';

export default {
  id: 'miniprogram.form-body-not-read',
  title:
    'jscode2session reads only the query string: a POST with its parameters in the body answers 41002 appid missing',
  reference: 'ML§1.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectErrcode(await t.sns('/sns/jscode2session', {}, formPost(params)), 41002);
  },
} satisfies Scenario;

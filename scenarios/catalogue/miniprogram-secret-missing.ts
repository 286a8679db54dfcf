import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.secret-missing',
  title: 'jscode2session answers 41004 appsecret missing when `secret` is misspelt',
  reference: 'ML§1.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const { secret, ...params } = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectErrcode(await t.sns('/sns/jscode2session', { ...params, secert: secret as string }), 41004);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.secret-invalid',
  title: 'jscode2session answers 40125 invalid appsecret to a wrong secret, without spending the code',
  reference: 'ML§1.5',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectErrcode(await t.sns('/sns/jscode2session', { ...params, secret: '0'.repeat(32) }), 40125);
    expectSuccess(await t.sns('/sns/jscode2session', params));
  },
} satisfies Scenario;

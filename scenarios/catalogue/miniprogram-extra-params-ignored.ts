import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.extra-params-ignored',
  title: 'jscode2session ignores the access_token WxJava and wechatpy add to the query',
  reference: 'ML§1.1',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectSuccess(await t.sns('/sns/jscode2session', { ...params, access_token: 'ACCESS_TOKEN' }));
  },
} satisfies Scenario;

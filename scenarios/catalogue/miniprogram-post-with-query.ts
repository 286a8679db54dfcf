import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.post-with-query',
  title: 'jscode2session answers a POST whose parameters are in the query string as it answers a GET',
  reference: 'ML§1.1',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectSuccess(await t.sns('/sns/jscode2session', params, { method: 'POST' }));
  },
} satisfies Scenario;

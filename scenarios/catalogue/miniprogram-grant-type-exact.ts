import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.grant-type-exact',
  title:
    'jscode2session answers 40002 invalid grant_type unless grant_type is authorization_code, without spending the code',
  reference: 'ML§1.5',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const params = code2SessionParams(t.miniProgram, await t.wxLoginCode());
    expectErrcode(await t.sns('/sns/jscode2session', { ...params, grant_type: 'client_credential' }), 40002);
    const { grant_type: _, ...withoutGrantType } = params;
    expectErrcode(await t.sns('/sns/jscode2session', withoutGrantType), 40002);
    expectSuccess(await t.sns('/sns/jscode2session', params));
  },
} satisfies Scenario;

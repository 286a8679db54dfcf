import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.appid-invalid',
  title: 'jscode2session answers 40013 invalid appid to an appid WeChat does not know',
  reference: 'ML§1.5',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const params = code2SessionParams({ appid: 'wx0000000000000000', secret: '0'.repeat(32) }, '0'.repeat(32));
    expectErrcode(await t.sns('/sns/jscode2session', params), 40013);
  },
} satisfies Scenario;

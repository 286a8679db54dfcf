import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'miniprogram.appid-missing',
  title: 'jscode2session answers 41002 appid missing before anything else',
  reference: 'ML§1.1',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const { appid: _, ...params } = code2SessionParams({ appid: 'wx0000000000000000', secret: '' }, '');
    expectErrcode(await t.sns('/sns/jscode2session', params), 41002);
  },
} satisfies Scenario;

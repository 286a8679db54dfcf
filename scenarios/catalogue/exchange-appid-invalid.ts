import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.appid-invalid',
  title: 'A code exchange with an appid WeChat does not know answers 40013 invalid appid',
  reference: '§3.3, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns(
      '/sns/oauth2/access_token',
      exchangeParams({ appid: 'wx0000000000000000', secret: t.website.secret }, 'any'),
    );
    expectErrcode(answer, 40013);
  },
} satisfies Scenario;

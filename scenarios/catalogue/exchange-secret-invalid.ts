import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.secret-invalid',
  title: "A code exchange with a secret that is not the app's answers 40125 invalid appsecret",
  reference: '§3.3, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns(
      '/sns/oauth2/access_token',
      exchangeParams({ appid: t.website.appid, secret: '0'.repeat(32) }, 'any'),
    );
    expectErrcode(answer, 40125);
  },
} satisfies Scenario;

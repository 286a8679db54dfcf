import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'mobileapp.code-single-use',
  title: "A mobile app's SDK code works once; exchanging it again answers 40163 code been used",
  reference: 'ML§6.2, §8',
  evidence: 'captured',
  needs: ['mobile-app'],
  async run(t) {
    const params = exchangeParams(t.mobileApp, await t.mobileAppCode());
    expectSuccess(await t.sns('/sns/oauth2/access_token', params));
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40163);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode, expectSuccess } from './wechat-expect.js';

export default {
  id: 'exchange.code-single-use',
  title: 'A code works once; exchanging it again answers 40163 code been used',
  reference: '§6, §8',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const params = exchangeParams(t.website, await t.freshCode());
    expectSuccess(await t.sns('/sns/oauth2/access_token', params));
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40163);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { scriptFault } from './control-steps.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.system-error-burns-code',
  title: 'After a -1 system error on the exchange, retrying the same code answers 40163',
  reference: '§3.3',
  evidence: 'captured',
  needs: ['fresh-code', 'control'],
  async run(t) {
    await scriptFault(t, {
      match: { endpoint: '/sns/oauth2/access_token', appid: t.website.appid },
      effect: { type: 'errcode', errcode: -1 },
    });
    const params = exchangeParams(t.website, await t.freshCode());
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), -1);
    expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40163);
  },
} satisfies Scenario;

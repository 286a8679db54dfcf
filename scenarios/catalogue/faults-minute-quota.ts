import type { Scenario } from '../model/scenario.js';
import { scriptFault } from './control-steps.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'faults.minute-quota',
  title:
    'Over the minute quota the exchange answers 45011 "api minute-quota reach limit, must slower, retry next minute"',
  reference: '§6, §8',
  evidence: 'captured',
  needs: ['control'],
  async run(t) {
    await scriptFault(t, {
      match: { endpoint: '/sns/oauth2/access_token', appid: t.website.appid },
      effect: { type: 'errcode', errcode: 45011 },
    });
    expectErrcode(await t.sns('/sns/oauth2/access_token', exchangeParams(t.website, 'any')), 45011);
  },
} satisfies Scenario;

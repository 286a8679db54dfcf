import type { Scenario } from '../model/scenario.js';
import { scriptFault } from './control-steps.js';
import { expectErrcode, expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'faults.userinfo-system-error-retry',
  title: 'A -1 system error on userinfo is transient: the same call succeeds when retried',
  reference: '§5.2, §8',
  evidence: 'inferred',
  needs: ['fresh-code', 'control'],
  async run(t) {
    const grant = await t.login();
    await scriptFault(t, {
      match: { endpoint: '/sns/userinfo', appid: t.website.appid },
      effect: { type: 'errcode', errcode: -1 },
      times: 1,
    });
    expectErrcode(await t.sns('/sns/userinfo', tokenParams(grant)), -1);
    expectSuccess(await t.sns('/sns/userinfo', tokenParams(grant)));
  },
} satisfies Scenario;

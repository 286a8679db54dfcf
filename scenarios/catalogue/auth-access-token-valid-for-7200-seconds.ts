import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'auth.access-token-valid-for-7200-seconds',
  title: 'An access_token is still valid just before its 7200 s are up',
  reference: '§3.2, §6',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7190);
    expectSuccess(await t.sns('/sns/auth', tokenParams(grant)));
  },
} satisfies Scenario;

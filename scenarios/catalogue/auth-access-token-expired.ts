import type { Scenario } from '../model/scenario.js';
import { expectErrcode, tokenParams } from './wechat-expect.js';

export default {
  id: 'auth.access-token-expired',
  title: 'An access_token is refused with 42001 access_token expired once its 7200 s have passed',
  reference: '§5.1, §6, §8',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7200);
    expectErrcode(await t.sns('/sns/auth', tokenParams(grant)), 42001);
  },
} satisfies Scenario;

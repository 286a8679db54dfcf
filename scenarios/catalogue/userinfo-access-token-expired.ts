import type { Scenario } from '../model/scenario.js';
import { expectErrcode, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.access-token-expired',
  title: 'userinfo with an access_token older than 7200 s answers 42001 access_token expired',
  reference: '§5.2, §6, §8',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7200);
    expectErrcode(await t.sns('/sns/userinfo', tokenParams(grant)), 42001);
  },
} satisfies Scenario;

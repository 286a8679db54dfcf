import type { Scenario } from '../model/scenario.js';
import { expectErrcode, tokenParams } from './wechat-expect.js';

// Which errcode /sns/auth gives an expired token is an open question (§15): 42001 as on userinfo, or the
// 40001 / 40014 seen for tokens it does not accept. The scenario asserts only the refusal.
export default {
  id: 'auth.access-token-expired',
  title: 'An access_token is refused (42001, 40001 or 40014) once its 7200 s have passed',
  reference: '§5.1, §6, §15',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7200);
    expectErrcode(await t.sns('/sns/auth', tokenParams(grant)), [42001, 40001, 40014]);
  },
} satisfies Scenario;

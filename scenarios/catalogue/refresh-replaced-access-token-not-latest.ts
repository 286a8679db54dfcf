import type { Scenario } from '../model/scenario.js';
import { expectErrcode, expectSuccess, refreshParams, tokenParams } from './wechat-expect.js';

// Once a refresh has issued a new access_token (§4), the old one is no longer "the latest": 40001's errmsg says
// "access_token is invalid or not latest" (§8). That WeChat answers 40001 here rather than 42001 is inferred (§15).
export default {
  id: 'refresh.replaced-access-token-not-latest',
  title: 'An expired access_token replaced by a refresh answers 40001 invalid credential, not 42001',
  reference: '§4, §8, §15',
  evidence: 'inferred',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7200);
    expectErrcode(await t.sns('/sns/userinfo', tokenParams(grant)), 42001);
    expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)));
    expectErrcode(await t.sns('/sns/userinfo', tokenParams(grant)), 40001);
  },
} satisfies Scenario;

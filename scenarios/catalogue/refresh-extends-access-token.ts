import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams, tokenParams } from './wechat-expect.js';

export default {
  id: 'refresh.extends-access-token',
  title: 'Refreshing a valid access_token extends it: it still works 7200 s after the refresh, past its first expiry',
  reference: '§4',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7000);
    expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)));
    await t.advanceClock(7000);
    expectSuccess(await t.sns('/sns/auth', tokenParams(grant)));
  },
} satisfies Scenario;

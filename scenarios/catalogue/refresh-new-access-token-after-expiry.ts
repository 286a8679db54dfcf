import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams, tokenParams } from './wechat-expect.js';

export default {
  id: 'refresh.new-access-token-after-expiry',
  title: 'Refreshing after the access_token expired returns a new access_token that works',
  reference: '§4',
  evidence: 'documented',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    await t.advanceClock(7200);
    const body = expectSuccess(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, grant.refresh_token)));
    assert.equal(typeof body.access_token, 'string');
    assert.notEqual(body.access_token, grant.access_token);
    expectSuccess(
      await t.sns('/sns/auth', tokenParams({ access_token: body.access_token as string, openid: grant.openid })),
    );
  },
} satisfies Scenario;

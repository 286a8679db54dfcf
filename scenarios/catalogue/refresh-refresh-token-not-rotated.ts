import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.refresh-token-not-rotated',
  title: 'A refresh returns the same refresh_token, also when it has to issue a new access_token',
  reference: '§4',
  evidence: 'captured',
  needs: ['fresh-code', 'clock'],
  async run(t) {
    const grant = await t.login();
    const params = refreshParams(t.website, grant.refresh_token);
    assert.equal(expectSuccess(await t.sns('/sns/oauth2/refresh_token', params)).refresh_token, grant.refresh_token);
    await t.advanceClock(7200);
    assert.equal(expectSuccess(await t.sns('/sns/oauth2/refresh_token', params)).refresh_token, grant.refresh_token);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, refreshParams } from './wechat-expect.js';

// The reference infers that a refreshed token keeps the scope of the original grant (§4, INF).
export default {
  id: 'refresh.scope-kept',
  title: 'A refreshed token keeps the scope of the original grant: snsapi_base stays snsapi_base',
  reference: '§4',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_base' });
    const params = refreshParams(t.officialAccount, grant.refresh_token);
    assert.equal(expectSuccess(await t.sns('/sns/oauth2/refresh_token', params)).scope, 'snsapi_base');
  },
} satisfies Scenario;

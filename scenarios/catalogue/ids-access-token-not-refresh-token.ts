import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'ids.access-token-not-refresh-token',
  title: 'A code exchange answers an access_token and a refresh_token that differ',
  reference: '§3.2, §7',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    assert.notEqual(grant.access_token, grant.refresh_token);
  },
} satisfies Scenario;

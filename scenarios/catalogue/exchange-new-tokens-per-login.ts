import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

export default {
  id: 'exchange.new-tokens-per-login',
  title: 'Each code exchange returns a different access_token and refresh_token',
  reference: '§4',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const first = await t.login();
    const second = await t.login();
    assert.notEqual(second.access_token, first.access_token);
    assert.notEqual(second.refresh_token, first.refresh_token);
  },
} satisfies Scenario;

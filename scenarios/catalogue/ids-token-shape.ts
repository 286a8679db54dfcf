import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';

const SNS_TOKEN = /^[0-9]+_[A-Za-z0-9_-]{107}$/;

export default {
  id: 'ids.token-shape',
  title: 'access_token and refresh_token are a number, "_" and 107 characters of [A-Za-z0-9_-]',
  reference: '§7',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    assert.match(grant.access_token, SNS_TOKEN);
    assert.match(grant.refresh_token, SNS_TOKEN);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';

export default {
  id: 'pages.authorize-state-128-bytes',
  title: 'oauth2/authorize accepts a state of exactly 128 bytes and returns it unchanged',
  reference: '§2',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const state = 's'.repeat(128);
    const location = expectRedirect(await t.page(authorizePath(t, t.officialAccount.appid, { state })));
    assert.ok(location.endsWith(`&state=${state}`), `unexpected redirect ${location}`);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';

// Documented for the qrconnect page's script (§1.2); the reference carries it over to oauth2/authorize (INF).
export default {
  id: 'pages.authorize-empty-state',
  title: 'With an empty state the redirect still ends in "&state="',
  reference: '§1.2, §2',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const location = expectRedirect(await t.page(authorizePath(t, t.officialAccount.appid, { state: '' })));
    assert.match(location, /\?code=[A-Za-z0-9]{32}&state=$/);
  },
} satisfies Scenario;

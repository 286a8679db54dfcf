import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';

// No port: official accounts' redirect_uri may not carry one (§1.4).
const REDIRECT_URI = 'http://localhost/cb?x=1';

export default {
  id: 'pages.authorize-redirect-keeps-query',
  title: 'When redirect_uri already has a query, code and state are appended with "&", the query kept',
  reference: '§1.2, §2',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const path = authorizePath(t, t.officialAccount.appid, { redirect_uri: REDIRECT_URI, state: 'xyz' });
    const location = expectRedirect(await t.page(path));
    assert.ok(location.startsWith(`${REDIRECT_URI}&code=`), `unexpected redirect ${location}`);
    assert.match(location, /&code=[A-Za-z0-9]{32}&state=xyz$/);
  },
} satisfies Scenario;

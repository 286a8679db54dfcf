import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';

// No port: official accounts' redirect_uri may not carry one (§1.4).
const REDIRECT_URI = 'http://localhost/spa/#/after-login';

export default {
  id: 'pages.authorize-code-before-fragment',
  title: 'oauth2/authorize puts code and state in front of a #fragment of redirect_uri, state URL-encoded',
  reference: '§2',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const path = authorizePath(t, t.officialAccount.appid, { redirect_uri: REDIRECT_URI, state: 'a b' });
    const location = expectRedirect(await t.page(path));
    assert.match(location, /^http:\/\/localhost\/spa\/\?code=[A-Za-z0-9]{32}&state=a%20b#\/after-login$/);
  },
} satisfies Scenario;

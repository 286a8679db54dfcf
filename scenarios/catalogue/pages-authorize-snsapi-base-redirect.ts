import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectRedirect } from './page-expect.js';

export default {
  id: 'pages.authorize-snsapi-base-redirect',
  title: 'oauth2/authorize with snsapi_base redirects at once to redirect_uri?code=CODE&state=STATE',
  reference: '§2',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const location = expectRedirect(await t.page(authorizePath(t, t.officialAccount.appid, { state: 'xyz' })));
    assert.ok(location.startsWith(`${t.callbackUrl}?code=`), `unexpected redirect ${location}`);
    assert.match(location, /\?code=[A-Za-z0-9]{32}&state=xyz$/);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import { CheckSkipped, type ClientCheck } from '../client-check.js';
import { expectNoServerError } from '../site-expect.js';

export default {
  id: 'client.userinfo-42001-refreshes',
  title: 'A 42001 access_token expired on userinfo leads to a refresh (or a clean new login), never a 5xx',
  reference: '§4, §5.2',
  evidence: 'documented',
  async run(session) {
    await session.fault({ match: { endpoint: '/sns/userinfo' }, effect: { type: 'errcode', errcode: 42001 } });
    const browser = session.newBrowser();
    const done = await session.approve(browser, await session.startLogin(browser));
    const calls = await session.snsCalls();
    const expired = calls.findIndex((call) => call.path === '/sns/userinfo' && call.errcode === 42001);
    if (expired < 0) throw new CheckSkipped('the site never called /sns/userinfo during the login');
    expectNoServerError(done);
    const refreshed = calls.slice(expired + 1).some((call) => call.path === '/sns/oauth2/refresh_token');
    const sentToLogin = done.hops.some(
      (hop) => /\/connect\/(qrconnect|oauth2\/authorize)\?/.test(hop.url) && hop !== done.hops[0],
    );
    assert.ok(
      refreshed || sentToLogin,
      'after 42001 the site neither called /sns/oauth2/refresh_token nor sent the browser to a new login',
    );
  },
} satisfies ClientCheck;

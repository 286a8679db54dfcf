// The README's reference-client snippet wired into a site and judged by verify-client (it checks the state
// before it exchanges the code, so it passes every check); also the README's programmatic verify-client example.
import Koa from 'koa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type StartedMock, startMockServer } from 'wechat-oauth-mock';
import { StateGuard, WeChatOAuthClient } from 'wechat-oauth-mock/client';
import { verifyClient } from 'wechat-oauth-mock/scenarios';
import { type ServedSite, serveAtOwnUrl } from '../../test-support/serve-at-own-url.js';
import { WEBSITE } from '../../test-support/test-mock.js';
import { wechatLogin } from './wechat-login.js';

let mock: StartedMock;
let site: ServedSite;
beforeAll(async () => {
  mock = await startMockServer(); // the built-in demo: its website app accepts callbacks on 127.0.0.1 and localhost
  // start your site, its WeChat login pointed at mock.url with the demo website app
  site = await serveAtOwnUrl((publicUrl) => {
    const wechat = new WeChatOAuthClient({ ...WEBSITE, openBaseUrl: mock.url, apiBaseUrl: mock.url });
    const states = new StateGuard({ secret: 'readme-reference-client-secret-32b' });
    return new Koa().use(wechatLogin(wechat, states, `${publicUrl}/callback`).routes());
  });
});
afterAll(async () => {
  await site.close();
  await mock.close();
});

it('passes every verify-client check', async () => {
  const report = await verifyClient({ startUrl: `${site.url}/login`, mock }); // the same checks as the CLI's
  expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
});

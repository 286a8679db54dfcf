import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StateGuard, WeChatOAuthClient } from 'wechat-oauth-mock/client';
import { findHref } from '../../scenarios/browser/html-links.js';
import { type Navigation, ScriptedBrowser, type Visit } from '../../scenarios/browser/scripted-browser.js';
import { type ServedSite, serveAtOwnUrl } from '../../test-support/serve-at-own-url.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';
import { createWebsite } from './website.js';

let mock: TestMock;
let served: ServedSite;
let site: string;

beforeAll(async () => {
  mock = await startTestMock();
  const client = new WeChatOAuthClient({ ...WEBSITE, openBaseUrl: mock.url, apiBaseUrl: mock.url, retry: false });
  const stateGuard = new StateGuard({ secret: 'example-site-test-secret-32-bytes' });
  served = await serveAtOwnUrl((publicUrl) => createWebsite({ client, stateGuard, publicUrl }));
  site = served.url;
});
afterAll(async () => {
  await served.close();
  await mock.close();
});
afterEach(async () => {
  await mock.reset();
});

const journal = (endpoint: string) => mock.journal.find({ endpoint });

/** Starts the login on the site's home page and stops on the mock's login page. */
async function startLogin(browser: ScriptedBrowser): Promise<Navigation> {
  const home = await browser.navigate(`${site}/`);
  const loginPage = await browser.click(home, 'class', 'wechat');
  expect(loginPage.status).toBe(200);
  expect(loginPage.url).toMatch(new RegExp(`^${mock.url}/connect/qrconnect\\?`));
  return loginPage;
}

/** Approves as `persona` without following the mock's redirect: the callback URL the site would get. */
async function callbackFor(browser: ScriptedBrowser, loginPage: Visit, persona: string): Promise<URL> {
  const href = findHref(loginPage.text, 'data-persona', persona) ?? '';
  const allowed = await browser.request(new URL(href, loginPage.url).href);
  expect(allowed.status).toBe(302);
  return new URL(allowed.location ?? '');
}

/** The callback URL the mock sent the browser to, taken from the hops of an approval. */
function callbackOf(navigation: Navigation): string {
  const callback = navigation.hops.find((hop) => hop.url.startsWith(`${site}/authorization`));
  if (callback === undefined) throw new Error('the browser never reached the callback');
  return callback.url;
}

describe('the example website logs a person in with WeChat, done right', () => {
  it('runs the whole login: home, WeChat login page, approve, callback, profile page', async () => {
    const browser = new ScriptedBrowser();
    const done = await browser.approveAs(await startLogin(browser), 'lisi');
    expect(done.status).toBe(200);
    expect(done.url).toBe(`${site}/me`);
    expect(done.text).toContain('<span class="nickname">李四🐱</span>');
    const callback = new URL(callbackOf(done));
    expect(callback.searchParams.get('code')).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(callback.searchParams.get('state')).toMatch(/^[0-9a-f]{56}$/);
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(1);
    expect(await journal('/sns/userinfo')).toHaveLength(1);
    const home = await browser.navigate(`${site}/`);
    expect(home.text).toContain('Signed in as <a href="/me">李四🐱</a>');
  });

  it('never shows the app secret in a URL the browser visits', async () => {
    const browser = new ScriptedBrowser();
    const login = await browser.navigate(`${site}/login`);
    const done = await browser.approveAs(login, 'zhangsan');
    for (const hop of [...login.hops, ...done.hops]) expect(hop.url).not.toContain(WEBSITE.secret);
    expect(done.text).not.toContain(WEBSITE.secret);
  });

  it('escapes what it echoes: a nickname with markup is shown as text', async () => {
    await mock.personas.create({ key: 'hostile', nickname: '<img src=x onerror=alert(1)>' });
    const browser = new ScriptedBrowser();
    const done = await browser.approveAs(await startLogin(browser), 'hostile');
    expect(done.text).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(done.text).not.toContain('<img src=x');
  });

  it("shows the nickname's first letter where the avatar is missing or cannot be loaded", async () => {
    await mock.personas.create({ key: 'faceless', nickname: '无头像', avatar: false });
    const browser = new ScriptedBrowser();
    const faceless = await browser.approveAs(await startLogin(browser), 'faceless');
    expect(faceless.text).toContain('<span class="avatar"><span class="initial">无</span></span>');
    const other = new ScriptedBrowser();
    const pictured = await other.approveAs(await startLogin(other), 'zhangsan');
    expect(pictured.text).toMatch(
      /<object class="avatar" data="https:\/\/[^"]+" type="image\/jpeg"><span class="initial">[^<]<\/span><\/object>/,
    );
  });

  it('logs out: the session is gone and the home page offers the login again', async () => {
    const browser = new ScriptedBrowser();
    await browser.approveAs(await startLogin(browser), 'zhangsan');
    const after = await browser.navigate(`${site}/logout`, 'POST');
    expect(after.url).toBe(`${site}/`);
    expect(after.text).toContain('weixin login!');
    expect((await browser.navigate(`${site}/me`)).url).toBe(`${site}/`);
  });
});

describe('the example website refuses callbacks it did not ask for (state check)', () => {
  it('refuses a callback whose state was tampered with, without calling WeChat', async () => {
    const browser = new ScriptedBrowser();
    const callback = await callbackFor(browser, await startLogin(browser), 'zhangsan');
    const state = callback.searchParams.get('state') ?? '';
    callback.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('0') ? '1' : '0'}`);
    const refused = await browser.navigate(callback.href);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('could not be verified as one you started here');
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(0);
  });

  it('refuses a callback without state', async () => {
    const browser = new ScriptedBrowser();
    const code = await mock.mintCode();
    const refused = await browser.navigate(`${site}/authorization?code=${code}`);
    expect(refused.status).toBe(400);
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(0);
  });

  it('refuses a callback opened in another browser (login CSRF): the state is bound to the session', async () => {
    const attacker = new ScriptedBrowser();
    const planted = await callbackFor(attacker, await startLogin(attacker), 'zhangsan');
    const refused = await new ScriptedBrowser().navigate(planted.href);
    expect(refused.status).toBe(400);
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(0);
  });

  it('does not exchange the code twice when the callback is replayed', async () => {
    const browser = new ScriptedBrowser();
    const done = await browser.approveAs(await startLogin(browser), 'zhangsan');
    const replayed = await browser.navigate(callbackOf(done));
    expect(replayed.status).toBe(400);
    expect(replayed.text).toContain('Sign-in failed');
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(1);
  });

  it('refuses a callback replayed after a failed exchange as already used, without a second exchange', async () => {
    await mock.faults.add({
      match: { endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'errcode', errcode: -1 },
    });
    const browser = new ScriptedBrowser();
    const failed = await browser.approveAs(await startLogin(browser), 'zhangsan');
    const replayed = await browser.navigate(callbackOf(failed));
    expect(replayed.status).toBe(400);
    expect(replayed.text).toContain('This login link was already used');
    expect(await journal('/sns/oauth2/access_token')).toHaveLength(1);
  });

  it('shows the cancel text when the person denies, and the site is never called', async () => {
    const browser = new ScriptedBrowser();
    const denied = await browser.deny(await startLogin(browser));
    expect(denied.status).toBe(200);
    expect(denied.url.startsWith(mock.url)).toBe(true);
    expect(denied.hops.some((hop) => hop.url.startsWith(site))).toBe(false);
  });
});

describe("the example website turns WeChat's failures into a human message, never a 5xx", () => {
  for (const [errcode, text] of [
    [40029, 'expired or was already used'],
    [40163, 'expired or was already used'],
    [-1, 'WeChat is busy right now'],
  ] as const) {
    it(`answers an exchange failing with ${errcode} with a message and does not call userinfo`, async () => {
      await mock.faults.add({ match: { endpoint: '/sns/oauth2/access_token' }, effect: { type: 'errcode', errcode } });
      const browser = new ScriptedBrowser();
      const failed = await browser.approveAs(await startLogin(browser), 'zhangsan');
      expect(failed.status).toBe(400);
      expect(failed.text).toContain(text);
      expect(failed.text).not.toContain(WEBSITE.secret);
      expect(await journal('/sns/userinfo')).toHaveLength(0);
    });
  }

  it('answers a dropped connection on the exchange with a message', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/oauth2/access_token' }, effect: { type: 'drop-connection' } });
    const browser = new ScriptedBrowser();
    const failed = await browser.approveAs(await startLogin(browser), 'zhangsan');
    expect(failed.status).toBe(400);
    expect(failed.text).toContain('WeChat could not be reached');
  });

  it('refreshes the token when userinfo answers 42001, and the profile page still works', async () => {
    const browser = new ScriptedBrowser();
    await browser.approveAs(await startLogin(browser), 'wangwu');
    await mock.advance(7200);
    const me = await browser.navigate(`${site}/me`);
    expect(me.status).toBe(200);
    expect(me.text).toContain('王五');
    expect(await journal('/sns/oauth2/refresh_token')).toHaveLength(1);
  });

  it('asks for a clean re-login when the refresh token has expired too (42002)', async () => {
    const browser = new ScriptedBrowser();
    await browser.approveAs(await startLogin(browser), 'zhangsan');
    await mock.advance(30 * 24 * 3600);
    const me = await browser.navigate(`${site}/me`);
    expect(me.status).toBe(400);
    expect(me.text).toContain('Your WeChat sign-in has expired');
    expect((await browser.navigate(`${site}/`)).text).toContain('weixin login!');
  });
});

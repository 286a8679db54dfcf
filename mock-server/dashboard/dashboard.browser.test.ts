import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium, loopbackPage, screenshotPath } from '../../test-support/chromium.js';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let mock: TestMock;

/** The dashboard in a fresh context, in English (`?lang=en`) unless asked otherwise; page errors fail the test. */
async function openDashboard(viewport = DESKTOP, query = '?lang=en', target: TestMock = mock): Promise<Page> {
  const page = await loopbackPage(browser, viewport);
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${target.url}/__mock/ui/${query}`);
  return page;
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
const row = (page: Page, text: string) => page.locator('[role="option"]', { hasText: text });

async function qrLogin(persona: string): Promise<{ access_token: string; openid: string }> {
  const uuid = await openQrLogin(mock);
  await mock.get(`/connect/confirm?uuid=${uuid}`);
  await answerOnPhone(mock, uuid, { action: 'allow', persona });
  const { code } = await poll(mock, uuid);
  const tokens = (await mock.exchange(code)).json as { access_token: string; openid: string };
  await mock.get(withQuery('/sns/userinfo', tokens));
  return tokens;
}

/**
 * What the page in view gets wrong (run in the page): a form control without a label, a button without a
 * name, text whose contrast with the background it sits on is under WCAG AA's 4.5:1 (3:1 for large text).
 */
const A11Y_PROBLEMS = `(() => {
  const problems = [];
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (!visible(el)) continue;
    if (el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      problems.push('no label: ' + el.outerHTML.slice(0, 80));
  }
  for (const el of document.querySelectorAll('button, a[href], [role="tab"]')) {
    if (visible(el) && !(el.textContent.trim() || el.getAttribute('aria-label'))) problems.push('no name: ' + el.outerHTML.slice(0, 80));
  }
  const rgba = (css) => (css.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const bg = rgba(getComputedStyle(at).backgroundColor);
      if (bg.length === 3 || (bg.length === 4 && bg[3] > 0)) return bg;
    }
    return [255, 255, 255];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim() || !visible(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const fg = rgba(style.color);
    const [l1, l2] = [luminance(fg), luminance(background(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(ratio.toFixed(2) + ':1 "' + node.textContent.trim().slice(0, 30) + '" (' + style.color + ')');
  }
  return problems;
})()`;

describe.skipIf(chromiumSkipReason !== undefined)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    [browser, mock] = await Promise.all([launchChromium(), startTestMock()]);
  });
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });
  beforeEach(() => mock.reset());

  it("shows a login live, its steps grouped from page to userinfo, and WeChat's answer as sent", async () => {
    const page = await openDashboard();
    await page.getByText('0 / 0 entries').waitFor();
    await qrLogin('lisi');
    // No reload: the long poll brings each request in as it happens.
    await row(page, '/sns/userinfo').waitFor();
    for (const step of ['page', 'confirm', 'exchange', 'userinfo']) {
      expect(await row(page, `Login #1 · ${step}`).count()).toBeGreaterThan(0);
    }
    // Newest first.
    expect(await page.locator('[role="option"] .path').first().textContent()).toBe('GET /sns/userinfo');

    await row(page, '/sns/oauth2/access_token').click();
    const detail = page.locator('.detail');
    await expect.poll(() => detail.textContent()).toContain('content-type: text/plain');
    const body = (await detail.locator('pre.body').textContent()) ?? '';
    expect(body).toMatch(/"access_token":"[\w-]{8}…[\w-]{4}"/);
    await detail.getByRole('button', { name: 'Copy as curl' }).click();
    const curl = (await detail.locator('pre.curl').textContent()) ?? '';
    // The masked secret is filled back in from the app, so the command runs as it is.
    expect(curl).toContain(`secret=${WEBSITE.secret}`);
    expect(curl).toMatch(/^curl -sS -i 'http:\/\/127\.0\.0\.1:\d+\/sns\/oauth2\/access_token\?appid=/);

    // One login's steps, in order.
    await detail.getByRole('button', { name: 'Login #1 · exchange' }).click();
    const paths = await page.locator('[role="option"] .path').allTextContents();
    expect(paths[0]).toBe('GET /connect/qrconnect');
    expect(paths.at(-1)).toBe('GET /sns/userinfo');
    await page.screenshot({ path: await screenshotPath('dashboard-journal-desktop') });
    await page.context().close();
  });

  it('works from the keyboard: arrow keys move between tabs and through the journal', async () => {
    await qrLogin('lisi');
    const page = await openDashboard();
    await row(page, '/sns/userinfo').waitFor();
    await page.getByRole('tab', { name: 'Journal' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Apps' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Apps');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('listbox', { name: 'Journal' }).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.detail h2').textContent()).toBe('GET /sns/userinfo');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.detail h2').textContent()).toBe('GET /sns/oauth2/access_token');
    const active = await page.getByRole('listbox').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });

  it('starts a login and mints a code for a persona from an app', async () => {
    const page = await openDashboard();
    await tab(page, 'Apps');
    const card = page.locator('article.card', { hasText: WEBSITE.appid });
    const [login] = await Promise.all([
      page.context().waitForEvent('page'),
      card.getByRole('link', { name: 'Start a login' }).click(),
    ]);
    await login.waitForLoadState();
    expect(login.url()).toContain(`/connect/qrconnect?appid=${WEBSITE.appid}`);
    await card.getByLabel('Persona').selectOption('wangwu');
    await card.getByRole('button', { name: 'Mint a code' }).click();
    await expect.poll(() => card.locator('output').textContent()).toMatch(/^code: [A-Za-z0-9]{32} \(expires /);
    await tab(page, 'Journal');
    await row(page, 'Login #1 · page').first().waitFor();
    await tab(page, 'Apps');
    await page.screenshot({ path: await screenshotPath('dashboard-apps-desktop') });
    await page.context().close();
  });

  it("edits an app's callback domains and a persona's profile, and shows a persona's openid per app and unionid", async () => {
    const tokens = (await mock.exchange(await mock.mintCode(WEBSITE.appid, 'zhangsan'))).json;
    const page = await openDashboard();
    await tab(page, 'Apps');
    const card = page.locator('article.card', { hasText: WEBSITE.appid });
    await card.getByRole('button', { name: 'Edit' }).click();
    const appForm = page.getByRole('form', { name: /^Edit / });
    await appForm.getByLabel('Callback domains').fill('shop.example.com, www.example.com');
    await appForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.textContent()).toContain('shop.example.com, www.example.com');
    expect((await mock.get(`/__mock/apps/${WEBSITE.appid}`)).json.callbackDomains).toEqual([
      'shop.example.com',
      'www.example.com',
    ]);

    await tab(page, 'Personas');
    const persona = page.getByRole('tabpanel', { name: 'Personas' }).locator('article.card', { hasText: 'zhangsan' });
    await persona.getByRole('button', { name: 'Edit' }).click();
    const personaForm = page.getByRole('form', { name: 'Edit zhangsan' });
    await personaForm.getByLabel('Userinfo shape').selectOption('legacy');
    await personaForm.getByLabel('Sex').selectOption('1');
    const region = personaForm.getByRole('group', { name: 'Region (lang=en)' });
    await region.getByLabel('Country').fill('CN');
    await region.getByLabel('Province').fill('Zhejiang');
    await region.getByLabel('City').fill('<b>Hangzhou</b>');
    await personaForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => persona.textContent()).toContain('legacy (before 2021)');
    expect(await persona.textContent()).toContain('CN Zhejiang <b>Hangzhou</b>');
    expect((await mock.get('/__mock/personas/zhangsan')).json).toMatchObject({
      profile: 'legacy',
      sex: 1,
      region: { en: { country: 'CN', province: 'Zhejiang', city: '<b>Hangzhou</b>' } },
    });
    // The pre-2021 userinfo answers what the form set.
    const userinfo = await mock.get(
      withQuery('/sns/userinfo', {
        access_token: tokens.access_token as string,
        openid: tokens.openid as string,
        lang: 'en',
      }),
    );
    expect(userinfo.json).toMatchObject({ sex: 1, country: 'CN', province: 'Zhejiang', city: '<b>Hangzhou</b>' });

    await persona.getByRole('button', { name: 'openid / unionid' }).click();
    const line = persona.locator('tbody tr', { hasText: tokens.openid as string });
    await line.waitFor();
    expect(await line.textContent()).toContain(tokens.unionid as string);
    const apps = (await mock.get('/__mock/apps')).json.apps as unknown[];
    expect(await persona.locator('tbody tr').count()).toBe(apps.length);
    await page.screenshot({ path: await screenshotPath('dashboard-personas-desktop') });
    await page.context().close();
  });

  it("sets an app's own access_token lifetime in its form, and shows the mock's 400 when a lifetime is out of range", async () => {
    const page = await openDashboard();
    await tab(page, 'Apps');
    const card = page.locator('article.card', { hasText: WEBSITE.appid });
    await card.getByRole('button', { name: 'Edit' }).click();
    const appForm = page.getByRole('form', { name: /^Edit / });
    await appForm.getByLabel('access_token lifetime (s)').fill('99999999');
    await appForm.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('lifetimes.accessTokenSeconds: expected a whole number from 1 to 31622400, got 99999999');
    await appForm.getByLabel('access_token lifetime (s)').fill('60');
    await appForm.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => card.locator('dd.lifetimes').textContent())
      .toBe('code global · access_token 60 · refresh_token global');
    const tokens = (await mock.exchange(await mock.mintCode())).json;
    expect(tokens.expires_in).toBe(60);
    await mock.advance(61);
    const auth = withQuery('/sns/auth', {
      access_token: tokens.access_token as string,
      openid: tokens.openid as string,
    });
    expect((await mock.get(auth)).json.errcode).toBe(42001);
    await page.context().close();
  });

  it('filters the journal by app, persona, endpoint and errcode', async () => {
    await qrLogin('lisi');
    await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'wangwu'), OFFICIAL);
    await mock.get('/sns/auth?access_token=never-issued&openid=o');
    const page = await openDashboard();
    await row(page, '/sns/auth').waitFor();
    const paths = () => page.locator('[role="option"] .path').allTextContents();
    const filters = page.getByRole('search');
    await filters.getByLabel('App').selectOption(OFFICIAL.appid);
    await expect.poll(paths).toEqual(['GET /sns/oauth2/access_token']);
    await filters.getByLabel('App').selectOption('');
    await filters.getByLabel('Persona').selectOption('lisi');
    await expect
      .poll(() => page.locator('[role="option"] .who').allTextContents())
      .toEqual(expect.arrayContaining(['lisi']));
    expect(new Set(await page.locator('[role="option"] .who').allTextContents())).toEqual(new Set(['lisi']));
    await filters.getByLabel('Persona').selectOption('');
    await filters.getByLabel('Endpoint').selectOption('/sns/oauth2/access_token');
    await expect.poll(paths).toEqual(['GET /sns/oauth2/access_token', 'GET /sns/oauth2/access_token']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await filters.getByLabel('errcode').fill('40001');
    await expect.poll(paths).toEqual(['GET /sns/auth']);
    expect(await page.getByText(/^1 \/ \d+ entries$/).count()).toBe(1);
    await page.context().close();
  });

  it('creates and deletes an app and a persona from their forms', async () => {
    const page = await openDashboard();
    page.on('dialog', (dialog) => void dialog.accept());
    await tab(page, 'Apps');
    await page.getByRole('tabpanel', { name: 'Apps' }).getByRole('button', { name: 'Create' }).click();
    const appForm = page.getByRole('form', { name: 'Create' });
    await appForm.getByLabel('Kind').selectOption('official-account');
    await appForm.getByLabel('Name').fill('Tea House');
    await appForm.getByLabel('Callback domains').fill('tea.example');
    await appForm.getByLabel('code lifetime (s)').fill('120');
    await appForm.getByRole('button', { name: 'Save' }).click();
    const card = page.locator('article.card', { hasText: 'Tea House' });
    await card.waitFor();
    const created = (await mock.apps.list()).find((a) => a.name === 'Tea House');
    expect(created).toMatchObject({
      kind: 'official-account',
      callbackDomains: ['tea.example'],
      lifetimes: { codeSeconds: 120 },
    });
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.waitFor({ state: 'detached' });
    expect((await mock.apps.list()).map((a) => a.name)).not.toContain('Tea House');

    // A mini-program has no callback domains and no tokens (ML§1): the form asks for neither.
    await page.getByRole('tabpanel', { name: 'Apps' }).getByRole('button', { name: 'Create' }).click();
    await appForm.getByLabel('Kind').selectOption('mini-program');
    expect(await appForm.getByLabel('Callback domains').isVisible()).toBe(false);
    expect(await appForm.getByLabel('access_token lifetime (s)').isVisible()).toBe(false);
    await appForm.getByLabel('Name').fill('Tea Mini');
    await appForm.getByLabel('code lifetime (s)').fill('60');
    await appForm.getByRole('button', { name: 'Save' }).click();
    await page.locator('article.card', { hasText: 'Tea Mini' }).waitFor();
    expect((await mock.apps.list()).find((a) => a.name === 'Tea Mini')).toMatchObject({
      kind: 'mini-program',
      callbackDomains: [],
      lifetimes: { codeSeconds: 60 },
    });

    await tab(page, 'Personas');
    const panel = page.getByRole('tabpanel', { name: 'Personas' });
    await panel.getByRole('button', { name: 'Create' }).click();
    const personaForm = page.getByRole('form', { name: 'Create' });
    await personaForm.getByLabel('Key').fill('zhaoliu');
    await personaForm.getByLabel('Nickname').fill('赵六');
    await personaForm.getByRole('button', { name: 'Save' }).click();
    const persona = panel.locator('article.card', { hasText: 'zhaoliu' });
    await persona.waitFor();
    expect((await mock.personas.get('zhaoliu')).nickname).toBe('赵六');
    await persona.getByRole('button', { name: 'Delete' }).click();
    await persona.waitFor({ state: 'detached' });
    expect((await mock.personas.list()).map((p) => p.key)).not.toContain('zhaoliu');
    await page.context().close();
  });

  it("resets one app's state, freezes and sets the clock, then resets everything", async () => {
    await mock.exchange(await mock.mintCode(), WEBSITE);
    await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi'), OFFICIAL);
    const page = await openDashboard();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByText('2 / 2 entries').waitFor();
    await tab(page, 'Apps');
    await page
      .locator('article.card', { hasText: WEBSITE.appid })
      .getByRole('button', { name: 'Reset this app' })
      .click();
    await tab(page, 'Journal');
    await page.getByText('1 / 1 entries').waitFor();
    await tab(page, 'Clock & tokens');
    const grants = page.locator('table.grants tbody tr');
    await expect.poll(() => grants.allTextContents()).toEqual([expect.stringContaining(OFFICIAL.appid)]);

    await page.getByRole('button', { name: 'Freeze' }).click();
    await page.getByRole('button', { name: 'Unfreeze' }).waitFor();
    expect((await mock.clock.now()).frozen).toBe(true);
    await page.getByLabel('Set to (UTC)').fill('2030-01-02T03:04');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    await expect.poll(async () => (await mock.clock.now()).now).toBe('2030-01-02T03:04:00.000Z');
    await expect.poll(() => page.locator('.now').textContent()).toContain('2030-01-02 03:04');

    await page.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByRole('region', { name: 'Grants (tokens)' }).getByText('none yet').waitFor();
    expect((await mock.clock.now()).frozen).toBe(false);
    expect((await mock.get('/__mock/grants')).json.grants).toEqual([]);
    await page.context().close();
  });

  it('adds a fault from the form; the next exchange fails, and the journal and the list mark it fired', async () => {
    const page = await openDashboard();
    await tab(page, 'Faults');
    const form = page.getByRole('form', { name: 'Add fault' });
    await form.getByLabel('Endpoint').selectOption('/sns/oauth2/access_token');
    await form.getByLabel('Effect').selectOption('errcode');
    await form.getByLabel('errcode', { exact: true }).selectOption('-1');
    await form.getByRole('button', { name: 'Add fault' }).click();
    await page.locator('tbody tr', { hasText: 'errcode -1' }).waitFor();

    const answer = await mock.exchange(await mock.mintCode());
    expect(answer.json.errcode).toBe(-1);
    await page.locator('tbody tr.fired', { hasText: 'fired 1 ⚡' }).waitFor();
    await page.screenshot({ path: await screenshotPath('dashboard-faults-desktop') });

    await tab(page, 'Journal');
    const failed = row(page, '/sns/oauth2/access_token');
    await expect.poll(() => failed.textContent()).toContain('errcode -1');
    expect(await failed.locator('.badge.fault').textContent()).toMatch(/^⚡ f\d+$/);
    await failed.click();
    expect(await page.locator('.detail').textContent()).toMatch(/fault fired: f\d+ \(errcode\)/);
    expect(await page.locator('.detail').textContent()).toMatch(/rid[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}/);
    await page.context().close();
  });

  it('moves the clock +2 h and shows the access_token expired, then expires the refresh_token and revokes', async () => {
    const { access_token, openid } = (await mock.exchange(await mock.mintCode())).json as {
      access_token: string;
      openid: string;
    };
    const page = await openDashboard();
    await tab(page, 'Clock & tokens');
    const grant = page.locator('table.grants tbody tr').first();
    await expect.poll(() => grant.locator('td.life').allTextContents()).toEqual(['live', 'live']);
    await page.getByRole('button', { name: '+2 h' }).click();
    await expect.poll(() => grant.locator('td.life').allTextContents()).toEqual(['expired', 'live']);
    expect((await mock.get(withQuery('/sns/userinfo', { access_token, openid }))).json.errcode).toBe(42001);
    await page.screenshot({ path: await screenshotPath('dashboard-clock-desktop') });

    await grant.getByRole('button', { name: 'Expire refresh_token' }).click();
    await expect.poll(() => grant.locator('td.life').allTextContents()).toEqual(['expired', 'expired']);
    await grant.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('region', { name: 'Grants (tokens)' }).getByText('none yet').waitFor();
    expect((await mock.get(withQuery('/sns/userinfo', { access_token, openid }))).json.errcode).toBe(40001);
    await page.context().close();
  });

  it('escapes hostile app names, nicknames and journal entries: they show as text and never run', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const post = (path: string, body: unknown) =>
      mock.get(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(
      (
        await post('/__mock/apps', {
          kind: 'website',
          name: `${hostile}</script><script>window.__pwned=2</script>`,
          callbackDomains: ['evil.example'],
        })
      ).status,
    ).toBe(201);
    await mock.get(withQuery('/connect/qrconnect', { appid: WEBSITE.appid, redirect_uri: hostile, state: hostile }));
    await mock.get(withQuery('/sns/userinfo', { access_token: hostile, openid: hostile }));

    const page = await openDashboard();
    await row(page, '/sns/userinfo').click();
    expect(await page.locator('.detail').textContent()).toContain(`openid=${hostile}`);
    await tab(page, 'Personas');
    const form = page.getByRole('form', { name: 'Create' });
    await page.getByRole('button', { name: 'Create' }).click();
    await form.getByLabel('Key').fill('mallory');
    await form.getByLabel('Nickname').fill(hostile);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('tabpanel', { name: 'Personas' }).locator('article.card h3', { hasText: hostile }).waitFor();
    await tab(page, 'Apps');
    await page
      .getByRole('tabpanel', { name: 'Apps' })
      .locator('article.card h3', { hasText: '</script><script>' })
      .waitFor();

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img, main script').count()).toBe(0);
    await page.screenshot({ path: await screenshotPath('dashboard-hostile-desktop') });
    await page.context().close();
  });

  it('labels every control, names every button and keeps text at 4.5:1 contrast on every panel (WCAG AA)', async () => {
    await mock.faults.add({ match: { endpoint: '/sns/auth' }, effect: { type: 'errcode', errcode: -1 } });
    await qrLogin('lisi');
    await mock.get('/sns/auth?access_token=x&openid=y');
    const page = await openDashboard();
    await row(page, '/sns/auth').click();
    const problems: string[] = [];
    for (const name of ['Journal', 'Apps', 'Personas', 'Faults', 'Clock & tokens']) {
      await tab(page, name);
      if (name === 'Apps' || name === 'Personas') {
        await page.getByRole('tabpanel', { name }).getByRole('button', { name: 'Edit' }).first().click();
      }
      if (name === 'Clock & tokens') await page.locator('table.grants tbody tr').first().waitFor();
      problems.push(...((await page.evaluate(A11Y_PROBLEMS)) as string[]).map((p) => `${name}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  const TABS = {
    en: ['Journal', 'Apps', 'Personas', 'Faults', 'Clock & tokens'],
    cn: ['请求日志', '应用', '用户', '故障', '时钟与令牌'],
  } as const;
  it.each([
    ['desktop', 'en', DESKTOP],
    ['desktop', 'cn', DESKTOP],
    ['phone', 'en', PHONE],
    ['phone', 'cn', PHONE],
  ] as const)('is usable at %s width in lang=%s: every panel fits the screen', async (layout, lang, viewport) => {
    await mock.faults.add({ match: { endpoint: '/sns/auth' }, effect: { type: 'errcode', errcode: -1 } });
    await qrLogin('zhangsan');
    await mock.get('/sns/auth?access_token=x&openid=y');
    const page = await openDashboard(viewport, `?lang=${lang}`);
    expect(await page.evaluate('document.documentElement.lang')).toBe(lang === 'cn' ? 'zh-CN' : 'en');
    await row(page, '/sns/oauth2/access_token').click();
    for (const [i, name] of TABS[lang].entries()) {
      await tab(page, name);
      if (i === 4) await page.locator('table.grants tbody tr').first().waitFor();
      else if (i > 0) await page.getByRole('tabpanel', { name }).locator('article.card, tbody tr').first().waitFor();
      // Nothing wider than the screen but the tables, which scroll on their own.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      const file = `dashboard-${layout}-${lang}-${i}-${TABS.en[i]?.split(' ')[0]?.toLowerCase()}`;
      await page.screenshot({ path: await screenshotPath(file), fullPage: layout === 'phone' });
    }
    await page.context().close();
  });

  describe('with 10,000 journal entries', () => {
    let big: TestMock;
    beforeAll(async () => {
      big = await startTestMock({ config: { journalSize: 10_000 } });
      // 10,000 real requests, 20 at a time: /sns/auth with a token the mock never issued.
      const paths = Array.from({ length: 10_000 }, (_, i) => `/sns/auth?access_token=t${i}&openid=o${i % 50}`);
      for (let i = 0; i < paths.length; i += 20) await Promise.all(paths.slice(i, i + 20).map((p) => big.get(p)));
    }, 120_000);
    afterAll(() => big?.close());

    it('holds them all, draws only the rows in view, and scrolls to the oldest and back to the newest', async () => {
      const page = await openDashboard(DESKTOP, '?lang=en', big);
      await page.getByText('10000 / 10000 entries').waitFor({ timeout: 30_000 });
      const options = page.getByRole('listbox', { name: 'Journal' }).locator('[role="option"]');
      // Behaviour, not timing (timings: npm run bench:dashboard): in 50 steps down and 50 back, a frame or
      // two each, the DOM never holds more than a screenful of rows plus the overscan.
      const scrollTo = async (fraction: number) =>
        (await page.evaluate(`(async () => {
          const list = document.querySelector('[role="listbox"]');
          list.scrollTop = (list.scrollHeight - list.clientHeight) * ${fraction};
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return list.querySelectorAll('[role="option"]').length;
        })()`)) as number;
      const counts: number[] = [];
      for (let i = 1; i <= 50; i++) counts.push(await scrollTo(i / 50));
      // Newest first: the oldest request, the journal's entry 1, is the last row.
      expect(await options.last().getAttribute('id')).toBe('entry-1');
      for (let i = 49; i >= 0; i--) counts.push(await scrollTo(i / 50));
      expect(await options.first().getAttribute('id')).toBe('entry-10000');
      expect(Math.max(...counts)).toBeLessThan(60);
      expect(Math.min(...counts)).toBeGreaterThan(10);
      await page.screenshot({ path: await screenshotPath('dashboard-10000-desktop') });
      await page.context().close();
    });
  });

  describe('of a mock with a control token', () => {
    let guarded: TestMock;
    beforeAll(async () => {
      guarded = await startTestMock({ config: { control: { token: 'right-token-1234567' } } });
    });
    afterAll(() => guarded?.close());

    it('asks for the token once, keeps it only for the session, and sends it as Authorization', async () => {
      const page = await openDashboard(DESKTOP, '?lang=en', guarded);
      const dialog = page.getByRole('dialog', { name: 'Control token needed' });
      await dialog.waitFor();
      await page.screenshot({ path: await screenshotPath('dashboard-token-desktop') });
      await dialog.getByLabel('Token').fill('wrong');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await dialog.getByText('That token was refused').waitFor();
      const sent = page.waitForRequest(
        (r) => r.url().includes('/__mock/') && r.headers().authorization === 'Bearer right-token-1234567',
      );
      await dialog.getByLabel('Token').fill('right-token-1234567');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await sent;
      await page.getByText('0 / 0 entries').waitFor();
      expect(await dialog.isVisible()).toBe(false);
      expect(await page.evaluate('sessionStorage.length')).toBe(1);
      expect(await page.evaluate('localStorage.length')).toBe(0);
      expect((await page.context().cookies()).length).toBe(0);
      await page.context().close();
    });
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, startBrowserRig } from '../../test-support/browser-rig.js';
import { chromiumSkipReason, loopbackPage, screenshotPath, waitForQrImage } from '../../test-support/chromium.js';

let rig: BrowserRig;

describe.skipIf(chromiumSkipReason !== undefined)('the QR login in Chromium (reference §1.2)', () => {
  beforeAll(async () => {
    rig = await startBrowserRig();
  });
  afterAll(() => rig?.close());

  /** The site's page, its "WeChat login" link clicked: the mock's QR page, its image loaded. */
  async function openQrPage(): Promise<Page> {
    const desktop = await loopbackPage(rig.browser, { width: 900, height: 760 });
    await desktop.goto(rig.site.url);
    await desktop.click('#wechat-login');
    await desktop.waitForURL(`${rig.mock.url}/connect/qrconnect?**`);
    await waitForQrImage(desktop);
    return desktop;
  }

  /** "Simulate scan": the phone page in a second tab, in a phone-sized viewport. */
  async function scanInSecondTab(desktop: Page): Promise<Page> {
    const [phone] = await Promise.all([desktop.context().waitForEvent('page'), desktop.click('a.simulate_scan')]);
    await phone.setViewportSize({ width: 390, height: 760 });
    await phone.waitForLoadState();
    return phone;
  }

  it("goes from the site's login link over the QR page and the phone to the site's callback with code and state", async () => {
    const desktop = await openQrPage();
    expect(await desktop.title()).toBe('微信登录');
    expect(await desktop.textContent('.status_browser')).toContain('使用微信扫一扫登录');
    await desktop.screenshot({ path: await screenshotPath('qr-page') });

    const phone = await scanInSecondTab(desktop);
    await desktop.waitForSelector('#wx_login[data-shown="scanned"]');
    expect(await desktop.textContent('.status_succ')).toContain('扫描成功');
    expect(await phone.textContent('.app_name')).toBe('演示网站 Demo Website');
    await phone.check('input[name="persona"][value="lisi"]');
    await phone.screenshot({ path: await screenshotPath('phone-page') });
    await desktop.screenshot({ path: await screenshotPath('qr-page-scanned') });

    await phone.click('button[value="allow"]');
    expect(await phone.textContent('h4')).toBe('已确认登录');
    await desktop.waitForURL(`${rig.site.url}/callback?**`);
    const code = (await desktop.textContent('#code')) ?? '';
    expect(code).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(await desktop.textContent('#state')).toBe(rig.site.state);
    const tokens = await rig.mock.exchange(code);
    const profile = await rig.mock.get(
      `/sns/userinfo?access_token=${tokens.json.access_token}&openid=${tokens.json.openid}`,
    );
    expect(profile.json.nickname).toBe('李四🐱');
    await desktop.context().close();
  });

  it('shows the cancel text on the QR page when the phone denies (the phone its own), and never redirects', async () => {
    const desktop = await openQrPage();
    const phone = await scanInSecondTab(desktop);
    await phone.click('button[value="deny"]');
    expect(await phone.textContent('h4')).toBe('已拒绝登录');
    await desktop.waitForSelector('#wx_login[data-shown="cancelled"]');
    expect(await desktop.textContent('.status_fail')).toContain('您可再次扫描登录，或关闭窗口');
    expect(desktop.url().startsWith(`${rig.mock.url}/connect/qrconnect?`)).toBe(true);
    await desktop.context().close();
  });

  it('replaces an expired QR code with a fresh one after 5 minutes of the mock clock', async () => {
    const desktop = await openQrPage();
    const qrSource = () => desktop.getAttribute('img.qrcode', 'src');
    const before = await qrSource();
    await rig.mock.advance(300);
    const fresh = `document.querySelector('img.qrcode')?.getAttribute('src') !== ${JSON.stringify(before)}`;
    await desktop.waitForFunction(fresh, undefined, { timeout: 5000 });
    expect(await qrSource()).toMatch(/^\/connect\/qrcode\/[A-Za-z0-9]{16}$/);
    await waitForQrImage(desktop);
    await desktop.context().close();
  });
});

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, startBrowserRig } from '../../test-support/browser-rig.js';
import { chromiumSkipReason, loopbackPage, screenshotPath, waitForQrImage } from '../../test-support/chromium.js';

let rig: BrowserRig;

describe.skipIf(chromiumSkipReason !== undefined)('the embedded QR login through wxLogin.js (reference §1.1)', () => {
  beforeAll(async () => {
    rig = await startBrowserRig();
  });
  afterAll(() => rig?.close());

  /** The site's embedded login page, with the mock's QR page loaded in the iframe wxLogin.js made. */
  async function openEmbedded(selfRedirect: boolean): Promise<{ page: Page; frame: Frame; uuid: string }> {
    const page = await loopbackPage(rig.browser, { width: 640, height: 520 });
    await page.goto(`${rig.site.url}/embedded?self_redirect=${selfRedirect}`);
    const iframe = await page.waitForSelector('#login_container iframe');
    const frame = (await iframe.contentFrame()) as Frame;
    await waitForQrImage(frame);
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.origin + src.pathname).toBe(`${rig.mock.url}/connect/qrconnect`);
    expect(src.searchParams.get('login_type')).toBe('jssdk');
    expect(src.searchParams.get('self_redirect')).toBe(String(selfRedirect));
    const uuid = ((await frame.getAttribute('img.qrcode', 'src')) ?? '').split('/').pop() ?? '';
    return { page, frame, uuid };
  }

  /** What the phone does: open the QR code's URL, then allow as a persona. */
  async function allowOnPhone(uuid: string, persona: string): Promise<void> {
    expect((await rig.mock.get(`/connect/confirm?uuid=${uuid}`)).status).toBe(200);
    const answer = await rig.mock.get(`/connect/confirm?uuid=${uuid}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'allow', persona }).toString(),
    });
    expect(answer.text).toContain('已确认登录');
  }

  it('navigates the top window to the callback when self_redirect is false', async () => {
    const { page, uuid } = await openEmbedded(false);
    await page.screenshot({ path: await screenshotPath('embedded-login') });
    await allowOnPhone(uuid, 'zhangsan');
    await page.waitForURL(`${rig.site.url}/callback?**`);
    expect(await page.textContent('#state')).toBe(rig.site.state);
    expect(await page.textContent('#code')).toMatch(/^[A-Za-z0-9]{32}$/);
    await page.context().close();
  });

  it('navigates only the iframe to the callback when self_redirect is true', async () => {
    const { page, frame, uuid } = await openEmbedded(true);
    await allowOnPhone(uuid, 'xiaoming');
    await frame.waitForURL(`${rig.site.url}/callback?**`);
    expect(await frame.textContent('#state')).toBe(rig.site.state);
    expect(page.url()).toBe(`${rig.site.url}/embedded?self_redirect=true`);
    await page.context().close();
  });
});

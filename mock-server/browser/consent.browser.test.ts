import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, startBrowserRig } from '../../test-support/browser-rig.js';
import { chromiumSkipReason, loopbackPage, screenshotPath } from '../../test-support/chromium.js';
import { OFFICIAL } from '../../test-support/test-mock.js';

let rig: BrowserRig;

describe.skipIf(chromiumSkipReason !== undefined)(
  'the official account consent page in Chromium (reference §2)',
  () => {
    beforeAll(async () => {
      rig = await startBrowserRig();
    });
    afterAll(() => rig?.close());

    /** The snsapi_userinfo consent page of the demo official account, in a phone-sized viewport. */
    async function openConsent(): Promise<Page> {
      const phone = await loopbackPage(rig.browser, { width: 390, height: 760 });
      const query = new URLSearchParams({
        appid: OFFICIAL.appid,
        redirect_uri: `${rig.site.url}/callback`,
        response_type: 'code',
        scope: 'snsapi_userinfo',
        state: rig.site.state,
        connect_redirect: '1',
      });
      await phone.goto(`${rig.mock.url}/connect/oauth2/authorize?${query}#wechat_redirect`);
      return phone;
    }

    it('makes 允许 the prominent green button: the chosen persona allows and the browser reaches the callback', async () => {
      const phone = await openConsent();
      const allow = phone.locator('button.weui_btn_primary');
      expect(await allow.textContent()).toBe('允许');
      const green = "getComputedStyle(document.querySelector('button.weui_btn_primary')).backgroundColor";
      expect(await phone.evaluate(green)).toBe('rgb(7, 193, 96)');
      expect(await phone.locator('details.mock_panel').getAttribute('open')).toBeNull();
      await phone.check('input[name="persona"][value="wangwu"]');
      await phone.screenshot({ path: await screenshotPath('consent-page') });
      await allow.click();
      await phone.waitForURL(`${rig.site.url}/callback?**`);
      const code = (await phone.textContent('#code')) ?? '';
      const tokens = await rig.mock.exchange(code, OFFICIAL);
      const profile = await rig.mock.get(
        `/sns/userinfo?access_token=${tokens.json.access_token}&openid=${tokens.json.openid}`,
      );
      expect(profile.json.nickname).toBe((await rig.mock.personas.get('wangwu')).nickname);
      await phone.context().close();
    });

    it('answers 拒绝 without a redirect', async () => {
      const phone = await openConsent();
      await phone.click('button.weui_btn_default');
      expect(await phone.textContent('h4')).toBe('已拒绝授权');
      expect(await phone.textContent('.weui_msg_desc')).not.toContain('扫描');
      expect(phone.url().startsWith(`${rig.mock.url}/connect/confirm/deny?`)).toBe(true);
      await phone.context().close();
    });
  },
);

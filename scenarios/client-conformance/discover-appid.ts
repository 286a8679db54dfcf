import { isWeChatHost } from '../../contract/wechat-hosts.js';
import { ScriptedBrowser } from '../browser/scripted-browser.js';

/** The paths of WeChat's two login pages (reference §1, §2). */
const LOGIN_PAGE = /^\/connect\/(qrconnect|oauth2\/authorize)$/;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/**
 * Follows the site's login URL, redirect by redirect, to the WeChat login page it leads to, and answers the
 * appid there. Throws with what a site owner can act on: the site does not answer (URL and cause), its login
 * leads to a WeChat login page elsewhere than the mock (where it went, and the fix), or to no login page.
 */
export async function discoverAppid(
  startUrl: string,
  mockUrl: string,
  browserOptions: ConstructorParameters<typeof ScriptedBrowser>[0] = {},
): Promise<string> {
  const browser = new ScriptedBrowser(browserOptions);
  const mockOrigin = new URL(mockUrl).origin;
  let url = startUrl;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const at = browserOptions.rewrite?.(new URL(url)) ?? new URL(url);
    if (LOGIN_PAGE.test(at.pathname)) {
      if (isWeChatHost(at.hostname)) {
        throw new Error(
          `opening ${startUrl} sent the browser to WeChat itself (${at.origin}${at.pathname}). If the site's server reaches the mock through the preload (node --import wechat-oauth-mock/intercept, with WECHAT_MOCK_URL=${mockUrl}), pass --wechat-hosts so that the browser goes to the mock too; otherwise configure the site with ${mockUrl}`,
        );
      }
      if (at.origin !== mockOrigin) {
        throw new Error(
          `opening ${startUrl} sent the browser to ${at.origin}${at.pathname}, not to the mock at ${mockUrl}: the site logs in through ${at.origin}. If the mock runs there, pass --mock-url ${at.origin}; otherwise configure the site with ${mockUrl}`,
        );
      }
      const appid = at.searchParams.get('appid');
      if (appid === null) throw new Error(`opening ${startUrl} led to ${at.href}, a login page without an appid`);
      return appid;
    }
    const visit = await browser.request(url).catch((error: unknown) => {
      if (hop > 0) throw error;
      throw new Error(
        `the site does not answer: ${error instanceof Error ? error.message : String(error)}; is it running?`,
      );
    });
    if (!REDIRECT.has(visit.status) || visit.location === null) {
      throw new Error(
        `opening ${startUrl} ended at ${visit.url} (HTTP ${visit.status}) and never led to the mock's login page at ${mockUrl}; is the site configured to log in through it?`,
      );
    }
    url = visit.location;
  }
  throw new Error(`opening ${startUrl} took more than ${MAX_REDIRECTS} redirects without reaching a login page`);
}

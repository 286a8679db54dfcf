import assert from 'node:assert/strict';
import type { PageError } from '../../contract/index.js';
import type { ScenarioContext, WireAnswer } from '../model/scenario-context.js';

/** Where a page request's redirect_uri comes from: the target's callback (§1.4). */
type CallbackOf = Pick<ScenarioContext, 'callbackUrl'>;

/** A query string from parameters, encoded as a browser would send them. */
export const pagePath = (path: '/connect/qrconnect' | '/connect/oauth2/authorize', params: Record<string, string>) =>
  `${path}?${new URLSearchParams(params)}`;

/** The text of the page's `<h4 class="weui_msg_title">`, or null when it shows none (§1.3). */
export function pageTitle(answer: WireAnswer): string | null {
  return /<h4 class="weui_msg_title">([^<]*)<\/h4>/.exec(answer.text)?.[1] ?? null;
}

/** Asserts WeChat's HTML error page: HTTP 200, no redirect, the message in the weui title (§1.3, §2, §9). */
export function expectErrorPage(answer: WireAnswer, message: PageError): void {
  assert.equal(answer.status, 200, `WeChat shows its error pages with HTTP 200 (§1.3), got ${answer.status}`);
  assert.equal(answer.headers.get('location'), null, 'an error page never redirects');
  assert.equal(pageTitle(answer), message, `expected the error page "${message}"`);
}

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * Asserts a redirect and returns its target. `status` only where the reference gives one (the 301 that adds
 * connect_redirect=1, §2); otherwise any redirect status passes, as the reference names none.
 */
export function expectRedirect(answer: WireAnswer, status?: 301): string {
  if (status === undefined) {
    assert.ok(REDIRECTS.includes(answer.status), `expected a redirect, got HTTP ${answer.status}`);
  } else {
    assert.equal(answer.status, status, `expected a ${status} redirect, got HTTP ${answer.status}`);
  }
  const location = answer.headers.get('location');
  assert.ok(location !== null, 'a redirect has a Location');
  return location;
}

/** A qrconnect request of the website app (§1.1), `params` overriding the defaults. */
export const qrconnectPath = (t: CallbackOf, appid: string, params: Record<string, string> = {}) =>
  pagePath('/connect/qrconnect', {
    appid,
    redirect_uri: t.callbackUrl,
    response_type: 'code',
    scope: 'snsapi_login',
    state: 'STATE',
    ...params,
  });

/**
 * An oauth2/authorize request of the official account (§2) for snsapi_base, with `connect_redirect=1`
 * already added as SDKs send it (so WeChat answers at once instead of 301-redirecting to add it).
 */
export const authorizePath = (t: CallbackOf, appid: string, params: Record<string, string> = {}) =>
  pagePath('/connect/oauth2/authorize', {
    appid,
    redirect_uri: t.callbackUrl,
    response_type: 'code',
    scope: 'snsapi_base',
    state: 'STATE',
    connect_redirect: '1',
    ...params,
  });

/** Asserts that a page is shown rather than an error page: HTTP 200, no redirect, no weui error title (§1.2). */
export function expectLoginPage(answer: WireAnswer): void {
  assert.equal(answer.status, 200, `expected the login page with HTTP 200, got ${answer.status}`);
  assert.equal(answer.headers.get('location'), null, 'the login page does not redirect');
  assert.equal(pageTitle(answer), null, `expected the login page, got the error page "${pageTitle(answer)}"`);
}

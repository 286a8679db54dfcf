import type { Scope } from '../contract/index.js';
/** The interface languages of the QR page (reference §1.1). */
export type PageLang = 'cn' | 'en';
/** The scopes of official-account authorization (reference §2): every scope but the website's. */
export type OfficialAccountScope = Exclude<Scope, 'snsapi_login'>;

export interface QrConnectUrlOptions {
  /** Where WeChat sends the browser back; its host must be one of the app's callback domains (§1.4). */
  readonly redirectUri: string;
  /** Echoed back on the callback; use StateGuard to make one. */
  readonly state: string;
  readonly lang?: PageLang;
}

export interface OfficialAccountUrlOptions {
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: OfficialAccountScope;
  /**
   * Adds `connect_redirect=1`, as WxJava and socialite do, which spares the 301 WeChat otherwise
   * answers first and the double callback that can follow it (reference §2). Default true.
   */
  readonly connectRedirect?: boolean;
}

/** The most state WeChat accepts on oauth2/authorize (reference §2). */
export const MAX_OFFICIAL_ACCOUNT_STATE_BYTES = 128;

/**
 * The website login's QR page URL (reference §1.1), parameters in the documented order, every value
 * percent-encoded (an unencoded redirect_uri loses its own query and the state), `#wechat_redirect` last.
 */
export function qrConnectUrl(openBaseUrl: string, appid: string, options: QrConnectUrlOptions): string {
  const query = new URLSearchParams({
    appid,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: 'snsapi_login',
    state: options.state,
  });
  if (options.lang !== undefined) query.set('lang', options.lang);
  return `${base(openBaseUrl)}/connect/qrconnect?${encodeQuery(query)}#wechat_redirect`;
}

/**
 * The official account's authorize URL (reference §2). Throws RangeError for a state over 128 bytes,
 * which WeChat would answer with its "state参数过长" page.
 */
export function officialAccountUrl(openBaseUrl: string, appid: string, options: OfficialAccountUrlOptions): string {
  const stateBytes = Buffer.byteLength(options.state, 'utf8');
  if (stateBytes > MAX_OFFICIAL_ACCOUNT_STATE_BYTES) {
    throw new RangeError(
      `state is ${stateBytes} bytes; WeChat's oauth2/authorize accepts at most ${MAX_OFFICIAL_ACCOUNT_STATE_BYTES}`,
    );
  }
  const query = new URLSearchParams({
    appid,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: options.scope,
    state: options.state,
  });
  if (options.connectRedirect ?? true) query.set('connect_redirect', '1');
  return `${base(openBaseUrl)}/connect/oauth2/authorize?${encodeQuery(query)}#wechat_redirect`;
}

function base(url: string): string {
  return url.replace(/\/+$/, '');
}

/** encodeURIComponent for every value (`%20`, not URLSearchParams' `+`, as WeChat's own samples do). */
function encodeQuery(query: URLSearchParams): string {
  return [...query].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

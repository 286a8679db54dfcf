import type { WeChatMock } from '../../contract/control-client/index.js';
import type { AccessTokenResponse, Scope, SnsEndpoint } from '../../contract/index.js';

export interface AppCredentials {
  readonly appid: string;
  readonly secret: string;
}

/** An HTTP answer as the scenario received it. */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The body decoded as UTF-8. */
  readonly text: string;
  /** The body parsed as JSON (tolerating raw control characters), or null when it is not a JSON object. */
  readonly body: Record<string, unknown> | null;
}

export interface FreshCodeOptions {
  /** Which app logs in; default the website app. */
  readonly app?: 'website' | 'official-account';
  /** Default `snsapi_login` for the website app, `snsapi_userinfo` for the official account. */
  readonly scope?: Scope;
}

/** What a scenario can do with the target it runs against. */
export interface ScenarioContext {
  readonly website: AppCredentials;
  /** A redirect_uri the target's apps accept (a registered callback domain, §1.4). */
  readonly callbackUrl: string;
  /** Present when the target has the `official-account` capability. */
  readonly officialAccount: AppCredentials;
  /** Present when the target has the `mini-program` capability: bound to the website app's account (ML§1.3). */
  readonly miniProgram: AppCredentials;
  /** Present when the target has the `mobile-app` capability: bound to the website app's account (ML§6.2). */
  readonly mobileApp: AppCredentials;
  /**
   * Calls an /sns endpoint with `params` in the query string (GET unless `init.method` says otherwise); every
   * answer is validated against contract/wechat-oauth.openapi.yaml, and a mismatch fails the scenario.
   */
  sns(
    endpoint: SnsEndpoint,
    params: Readonly<Record<string, string>>,
    init?: { readonly method?: 'GET' | 'POST'; readonly body?: string; readonly contentType?: string },
  ): Promise<WireAnswer>;
  /** GETs a page of the open host (path with query), redirects not followed, as WeChat's in-app browser on official-account pages (§2); validated like `sns`. */
  page(pathWithQuery: string): Promise<WireAnswer>;
  /** A new, unused `wx.login` code of the mini-program, for the persona `freshCode` logs in as (ML§1.4). */
  wxLoginCode(): Promise<string>;
  /** A new, unused code of the mobile app's SDK login, for the persona `freshCode` logs in as (ML§6.1). */
  mobileAppCode(): Promise<string>;
  /** The persona `freshCode` logs in as follows the official account (ML§7; `control` capability). */
  follow(): Promise<void>;
  /** A new, unused getPhoneNumber code of the mini-program for that persona, number 13800138000 (ML§4.1). */
  phoneCode(): Promise<string>;
  /** A new, unused code from a new login. */
  freshCode(options?: FreshCodeOptions): Promise<string>;
  /** A fresh code exchanged for tokens (the success of a code exchange, §3.2); fails the scenario if the exchange fails. */
  login(options?: FreshCodeOptions): Promise<AccessTokenResponse>;
  /** The mock, steered through its control plane (`control` capability). */
  readonly control: WeChatMock;
  /** Moves the target's clock forward (`clock` capability). */
  advanceClock(seconds: number): Promise<void>;
}

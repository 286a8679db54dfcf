import {
  type AccessTokenResponse,
  type Code2SessionResponse,
  ErrCode,
  type PhoneInfo,
  type RefreshTokenResponse,
  type ResetSessionKeyResponse,
  type ServerTokenResponse,
  type UserInfoResponse,
  type UserinfoLang,
} from '../contract/index.js';
import {
  type OfficialAccountUrlOptions,
  officialAccountUrl,
  type QrConnectUrlOptions,
  qrConnectUrl,
} from './authorize-url.js';
import { type ClientClock, systemClock } from './clock.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { ServerTokenCache } from './server-token-cache.js';
import { sessionKeySignature } from './session-key-signature.js';
import { type BodyShape, type CallKind, callSns, DEFAULT_TRANSPORT, type SnsTransport } from './sns-call.js';
import { TokenSet, type TokenSetClient, type TokenSetData } from './token-set.js';
import { WeChatApiError } from './wechat-api-error.js';

export interface WeChatOAuthClientOptions {
  /** The app's AppID (`wx` + 16 hex). */
  readonly appid: string;
  /** The AppSecret; needed only to exchange codes (refresh needs none, reference §4). */
  readonly secret?: string;
  /** Where the login pages live; default `https://open.weixin.qq.com` (a mock's base URL in tests). */
  readonly openBaseUrl?: string;
  /** Where the /sns API lives; default `https://api.weixin.qq.com`. */
  readonly apiBaseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Decides when tokens and states expire; default the wall clock. */
  readonly clock?: ClientClock;
  /** Per attempt, including reading the body; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Retries after `-1 system error` and transport failures; `false` for none. Default 2 retries from 200 ms. */
  readonly retry?: Partial<RetryPolicy> | false;
  /** Waits between retries; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Refresh-token lifetime the TokenSet assumes; default 30 days (reference §6); a mobile app's lasts 180 (ML§6.3). */
  readonly refreshTokenLifetimeSeconds?: number;
  /** How long before expiry a TokenSet, and the server token of `getAccessToken`, refresh; default 60 s. */
  readonly refreshMarginSeconds?: number;
  /**
   * Where `getAccessToken` gets the server token: `stable_token` (default; a slot of its own that other holders
   * of the secret do not disturb, ML§5.2) or `token` (`/cgi-bin/token`, whose every call replaces the token
   * anyone else holds after 5 minutes, ML§5.1).
   */
  readonly serverTokenEndpoint?: 'stable_token' | 'token';
}

const ACCESS_TOKEN_SHAPE: BodyShape = {
  access_token: 'string',
  expires_in: 'number',
  refresh_token: 'string',
  openid: 'string',
  scope: 'string',
};
const CODE2SESSION_SHAPE: BodyShape = { session_key: 'string', openid: 'string' };
const SERVER_TOKEN_SHAPE: BodyShape = { access_token: 'string', expires_in: 'number' };
const RESET_SESSION_KEY_SHAPE: BodyShape = { openid: 'string', session_key: 'string' };
const PHONE_NUMBER_SHAPE: BodyShape = { phone_info: 'object' };
/** Answers to a server token that is stale or expired (ML§5.1): fetch a new one and try once more, as wechatpy does (ML§8). */
const STALE_SERVER_TOKEN_ERRCODES = new Set<number>([
  ErrCode.InvalidCredential,
  ErrCode.InvalidAccessToken,
  ErrCode.AccessTokenExpired,
]);
const USER_INFO_SHAPE: BodyShape = { openid: 'string', nickname: 'string', headimgurl: 'string', privilege: 'array' };
/** Answers of /sns/auth that say "this token is not valid for this openid" rather than "try later" (§5.1). */
const INVALID_TOKEN_ERRCODES = new Set<number>([
  ErrCode.InvalidCredential,
  ErrCode.InvalidOpenid,
  ErrCode.InvalidAccessToken,
  ErrCode.AccessTokenExpired,
]);

/**
 * A client of WeChat's OAuth2 login: the website QR login (reference §1), the official account's web
 * authorization (§2), the four /sns endpoints (§3–§5), the mini-program's code2Session (ML§1), its server's
 * session_key checks and phone number (ML§2, ML§4) with the server token they need (ML§5). Every call puts its
 * parameters in the query string (and a JSON body where the API takes one), reads the body as UTF-8 JSON
 * whatever the Content-Type, and throws WeChatApiError for WeChat's errcodes or WeChatTransportError for
 * failures below them.
 */
export class WeChatOAuthClient implements TokenSetClient {
  readonly appid: string;
  readonly clock: ClientClock;
  readonly refreshTokenLifetimeSeconds: number;
  readonly #secret: string | undefined;
  readonly #openBaseUrl: string;
  readonly #transport: SnsTransport;
  readonly #marginMs: number;
  readonly #serverTokens: ServerTokenCache;

  constructor(options: WeChatOAuthClientOptions) {
    this.appid = options.appid;
    this.#secret = options.secret;
    this.clock = options.clock ?? systemClock;
    this.refreshTokenLifetimeSeconds = options.refreshTokenLifetimeSeconds ?? 30 * 24 * 3600;
    this.#marginMs = (options.refreshMarginSeconds ?? 60) * 1000;
    this.#openBaseUrl = options.openBaseUrl ?? 'https://open.weixin.qq.com';
    const retry = options.retry === false ? { ...DEFAULT_RETRY_POLICY, retries: 0 } : options.retry;
    this.#transport = {
      apiBaseUrl: options.apiBaseUrl ?? 'https://api.weixin.qq.com',
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULT_TRANSPORT.timeoutMs,
      retry: { ...DEFAULT_RETRY_POLICY, ...retry },
      sleep: options.sleep ?? DEFAULT_TRANSPORT.sleep,
    };
    const source =
      options.serverTokenEndpoint === 'token' ? () => this.fetchAccessToken() : () => this.getStableAccessToken();
    this.#serverTokens = new ServerTokenCache(source, this.clock, this.#marginMs);
  }

  /** The website login's QR page URL to send the browser to (reference §1.1). */
  qrConnectUrl(options: QrConnectUrlOptions): string {
    return qrConnectUrl(this.#openBaseUrl, this.appid, options);
  }

  /** The official account's authorize URL, opened inside WeChat (reference §2). */
  officialAccountUrl(options: OfficialAccountUrlOptions): string {
    return officialAccountUrl(this.#openBaseUrl, this.appid, options);
  }

  /**
   * Exchanges a callback's code for tokens (reference §3). Never retried once the request may have
   * reached WeChat: a code is single-use, and even a `-1` may have burned it (§3.3).
   */
  async exchangeCode(code: string): Promise<AccessTokenResponse> {
    if (this.#secret === undefined) throw new Error('WeChatOAuthClient needs the app secret to exchange a code');
    const params = { appid: this.appid, secret: this.#secret, code, grant_type: 'authorization_code' };
    return (await this.#call(
      '/sns/oauth2/access_token',
      params,
      'burns-code',
      ACCESS_TOKEN_SHAPE,
    )) as AccessTokenResponse;
  }

  /**
   * Exchanges a mini-program's `wx.login` code for openid, session_key and (for a mini-program bound to an
   * Open Platform account) unionid (ML§1), the client being built with the mini-program's appid and secret.
   * Never retried once the request may have reached WeChat: the code is single-use (ML§1.4). The
   * session_key is a secret of the server; never send it to the mini-program.
   */
  async code2Session(jsCode: string): Promise<Code2SessionResponse> {
    if (this.#secret === undefined) throw new Error('WeChatOAuthClient needs the app secret to exchange a code');
    const params = { appid: this.appid, secret: this.#secret, js_code: jsCode, grant_type: 'authorization_code' };
    return (await this.#call('/sns/jscode2session', params, 'burns-code', CODE2SESSION_SHAPE)) as Code2SessionResponse;
  }

  /** Exchanges a code and wraps the answer in a TokenSet that refreshes itself. */
  async login(code: string): Promise<TokenSet> {
    return TokenSet.fromExchange(this, await this.exchangeCode(code), this.#marginMs);
  }

  /** A TokenSet from data kept by `tokenSet.toJSON()`. */
  restoreTokens(data: TokenSetData): TokenSet {
    return new TokenSet(this, data, this.#marginMs);
  }

  /** Refreshes an access token (reference §4): no secret is sent, and the refresh token is not renewed. */
  async refresh(refreshToken: string): Promise<RefreshTokenResponse> {
    const params = { appid: this.appid, grant_type: 'refresh_token', refresh_token: refreshToken };
    return (await this.#call(
      '/sns/oauth2/refresh_token',
      params,
      'idempotent',
      ACCESS_TOKEN_SHAPE,
    )) as RefreshTokenResponse;
  }

  /**
   * Asks /sns/auth whether an access token is valid for an openid (reference §5.1): true for
   * `{"errcode":0}`, false when WeChat says the token or openid is invalid or expired (40001, 40003,
   * 40014, 42001); other errors are thrown.
   */
  async checkToken(accessToken: string, openid: string): Promise<boolean> {
    try {
      await this.#call('/sns/auth', { access_token: accessToken, openid }, 'idempotent', {});
      return true;
    } catch (error) {
      if (error instanceof WeChatApiError && INVALID_TOKEN_ERRCODES.has(error.errcode)) return false;
      throw error;
    }
  }

  /** The user's profile (reference §5.2); `lang` picks the language of region names. */
  async userInfo(
    accessToken: string,
    openid: string,
    options: { lang?: UserinfoLang } = {},
  ): Promise<UserInfoResponse> {
    const params: Record<string, string> = { access_token: accessToken, openid };
    if (options.lang !== undefined) params.lang = options.lang;
    return (await this.#call('/sns/userinfo', params, 'idempotent', USER_INFO_SHAPE)) as UserInfoResponse;
  }

  /**
   * The server's access token for the /cgi-bin and /wxa APIs (ML§5), kept by the client: fetched from
   * `/cgi-bin/stable_token` (or `/cgi-bin/token`, option `serverTokenEndpoint`), reused until
   * `refreshMarginSeconds` before it expires, and fetched once however many calls wait for it.
   */
  getAccessToken(): Promise<string> {
    return this.#serverTokens.get();
  }

  /**
   * One `GET /cgi-bin/token` (ML§5.1), uncached: every call issues a new token, and the previous one stops
   * working 5 minutes later, for every holder. Prefer `getAccessToken`.
   */
  async fetchAccessToken(): Promise<ServerTokenResponse> {
    const params = { grant_type: 'client_credential', appid: this.appid, secret: this.#requireSecret() };
    return (await this.#call('/cgi-bin/token', params, 'idempotent', SERVER_TOKEN_SHAPE)) as ServerTokenResponse;
  }

  /**
   * One `POST /cgi-bin/stable_token` (ML§5.2), uncached: the current stable token with the seconds it has left.
   * `forceRefresh` replaces it at once (for every holder; 20 times a day) and is never retried once sent.
   */
  async getStableAccessToken(options: { forceRefresh?: boolean } = {}): Promise<ServerTokenResponse> {
    const body = {
      grant_type: 'client_credential',
      appid: this.appid,
      secret: this.#requireSecret(),
      force_refresh: options.forceRefresh === true,
    };
    const kind: CallKind = options.forceRefresh === true ? 'burns-code' : 'idempotent';
    return (await callSns(
      this.#transport,
      '/cgi-bin/stable_token',
      {},
      kind,
      SERVER_TOKEN_SHAPE,
      body,
    )) as ServerTokenResponse;
  }

  /**
   * Whether `sessionKey` is the user's live session_key (`/wxa/checksession`, ML§2.2): true for errcode 0, false
   * for 87009 (an old or wrong key); other errors are thrown.
   */
  async checkSessionKey(openid: string, sessionKey: string): Promise<boolean> {
    try {
      await this.#withServerToken('/wxa/checksession', this.#sessionKeyParams(openid, sessionKey), 'idempotent', {});
      return true;
    } catch (error) {
      if (error instanceof WeChatApiError && error.errcode === ErrCode.InvalidSignature) return false;
      throw error;
    }
  }

  /**
   * Replaces the user's session_key (`/wxa/resetusersessionkey`, ML§2.3), proving the current one; the old key
   * stops working at once. Not retried once sent (a lost answer may already have replaced the key).
   */
  async resetSessionKey(openid: string, sessionKey: string): Promise<ResetSessionKeyResponse> {
    const params = this.#sessionKeyParams(openid, sessionKey);
    return (await this.#withServerToken(
      '/wxa/resetusersessionkey',
      params,
      'burns-code',
      RESET_SESSION_KEY_SHAPE,
    )) as ResetSessionKeyResponse;
  }

  /**
   * The user's phone number for a code of the getPhoneNumber button (`/wxa/business/getuserphonenumber`,
   * ML§4.2); `openid`, when given, must be the code's user. The code is single use, so the call is not retried
   * once sent (but is sent again with a new server token when WeChat refused the token, which spends no code).
   */
  async getPhoneNumber(code: string, options: { openid?: string } = {}): Promise<PhoneInfo> {
    const body = { code, ...(options.openid === undefined ? {} : { openid: options.openid }) };
    const answer = await this.#withServerToken(
      '/wxa/business/getuserphonenumber',
      {},
      'burns-code',
      PHONE_NUMBER_SHAPE,
      body,
    );
    return answer.phone_info as PhoneInfo;
  }

  /**
   * A /cgi-bin or /wxa call with the cached server token; when WeChat says the token is stale or expired
   * (40001, 40014, 42001: another holder replaced it, or it aged), the token is dropped and the call made once
   * more with a new one (ML§5.1, as wechatpy does, ML§8).
   */
  async #withServerToken(
    endpoint: string,
    params: Record<string, string>,
    kind: CallKind,
    shape: BodyShape,
    json?: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const token = await this.getAccessToken();
    try {
      return await callSns(this.#transport, endpoint, { access_token: token, ...params }, kind, shape, json);
    } catch (error) {
      if (!(error instanceof WeChatApiError && STALE_SERVER_TOKEN_ERRCODES.has(error.errcode))) throw error;
      this.#serverTokens.invalidate(token);
      const fresh = await this.getAccessToken();
      return callSns(this.#transport, endpoint, { access_token: fresh, ...params }, kind, shape, json);
    }
  }

  #sessionKeyParams(openid: string, sessionKey: string): Record<string, string> {
    return { openid, signature: sessionKeySignature(sessionKey), sig_method: 'hmac_sha256' };
  }

  #requireSecret(): string {
    if (this.#secret === undefined) throw new Error('WeChatOAuthClient needs the app secret for a server token');
    return this.#secret;
  }

  #call(endpoint: string, params: Record<string, string>, kind: CallKind, shape: BodyShape) {
    return callSns(this.#transport, endpoint, params, kind, shape);
  }
}

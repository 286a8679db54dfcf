import {
  type AccessTokenResponse,
  type Code2SessionResponse,
  ErrCode,
  type RefreshTokenResponse,
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
  /** How long before expiry a TokenSet refreshes; default 60 s. */
  readonly refreshMarginSeconds?: number;
}

const ACCESS_TOKEN_SHAPE: BodyShape = {
  access_token: 'string',
  expires_in: 'number',
  refresh_token: 'string',
  openid: 'string',
  scope: 'string',
};
const CODE2SESSION_SHAPE: BodyShape = { session_key: 'string', openid: 'string' };
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
 * authorization (§2), the four /sns endpoints (§3–§5) and the mini-program's code2Session (ML§1). Every call reads its parameters into the
 * query string, reads the body as UTF-8 JSON whatever the Content-Type, and throws WeChatApiError for
 * WeChat's errcodes or WeChatTransportError for failures below them.
 */
export class WeChatOAuthClient implements TokenSetClient {
  readonly appid: string;
  readonly clock: ClientClock;
  readonly refreshTokenLifetimeSeconds: number;
  readonly #secret: string | undefined;
  readonly #openBaseUrl: string;
  readonly #transport: SnsTransport;
  readonly #marginMs: number;

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

  #call(endpoint: string, params: Record<string, string>, kind: CallKind, shape: BodyShape) {
    return callSns(this.#transport, endpoint, params, kind, shape);
  }
}

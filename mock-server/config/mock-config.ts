import type { AppLifetimes, UserinfoLang } from '../../contract/index.js';
import type { FaultSpec } from '../model/fault-rules.js';

/** The mock's configuration after validation: complete, with every default filled in, frozen. */

export type AppKind = 'website' | 'official-account' | 'mini-program' | 'mobile-app';
export type Sex = 0 | 1 | 2;
export type ProfileEra = 'current' | 'legacy';
export type ErrmsgSuffixStyle = 'comma-rid' | 'rid' | 'hint-rid' | 'hints' | 'hint' | 'none';
/** `/sns/oauth2/refresh_token`'s success: as documented (reference §4), or as captured 2015–2019 (ML§6.4). */
export type RefreshAnswerShape = 'documented' | 'pre-2020';

export interface Region {
  readonly country: string;
  readonly province: string;
  readonly city: string;
}

export interface AccountConfig {
  readonly id: string;
}

/** A persona following an official account (ML§7). */
export interface FollowerConfig {
  readonly persona: string;
  /** ISO 8601, whole seconds: user/info's `subscribe_time`. */
  readonly subscribeTime: string;
  /** `ADD_SCENE_*`: user/info's `subscribe_scene`. */
  readonly scene: string;
}

export interface AppConfig {
  readonly appid: string;
  readonly secret: string;
  readonly kind: AppKind;
  readonly name: string;
  /** The Open Platform account the app is bound to (the unionid namespace), or null. */
  readonly account: string | null;
  /** Hosts that redirect_uri may point at, matched exactly (reference §1.4); none for a mini-program or mobile app (ML§1, ML§6.1). */
  readonly callbackDomains: readonly string[];
  /** Calls a minute per /sns endpoint before 45011 (reference §6). */
  readonly rateLimitPerMinute: number;
  /** The personas following an official account (ML§7); none for the other kinds. */
  readonly followers: readonly FollowerConfig[];
  /** This app's own code and token lifetimes; one left out is the global one (`MockConfig.lifetimes`). */
  readonly lifetimes: Readonly<AppLifetimes>;
}

/** A persona's phone number, as the getPhoneNumber button gives it (ML§4). */
export interface PersonaPhone {
  /** Digits without `+`, `"86"` for mainland China. */
  readonly countryCode: string;
  /** The number without country code (`purePhoneNumber`). */
  readonly number: string;
}

export interface PersonaConfig {
  readonly key: string;
  readonly nickname: string;
  readonly sex: Sex;
  /** The persona's WeChat language, returned as userinfo's `language` in the legacy shape. */
  readonly language: string;
  /** "" when the persona has no avatar (reference §5.2). */
  readonly headimgurl: string;
  readonly privilege: readonly string[];
  /** `current`: userinfo as after the 2021 change (sex 0, empty region); `legacy`: the older shape. */
  readonly profile: ProfileEra;
  readonly region: Readonly<Partial<Record<UserinfoLang, Region>>>;
  /** The number the persona's WeChat account is bound to, or null: then no phone code can be had (ML§4.1). */
  readonly phone: PersonaPhone | null;
}

export interface Lifetimes {
  readonly websiteCodeSeconds: number;
  readonly officialAccountCodeSeconds: number;
  /** How long a mini-program's `wx.login` code lives (ML§1.4). */
  readonly miniProgramCodeSeconds: number;
  /** How long the code the WeChat SDK gives a mobile app lives (10 minutes, inferred: ML§6.2). */
  readonly mobileAppCodeSeconds: number;
  readonly accessTokenSeconds: number;
  readonly refreshTokenSeconds: number;
  /** A mobile app's refresh_token: 180 days (ML§6.3), where website apps and official accounts have 30. */
  readonly mobileAppRefreshTokenSeconds: number;
  /** How long a code of the getPhoneNumber button lives (ML§4.1). */
  readonly phoneCodeSeconds: number;
  /** How long a server token of `/cgi-bin/token` or `/cgi-bin/stable_token` lives (ML§5.1). */
  readonly serverTokenSeconds: number;
  readonly loginSessionSeconds: number;
}

export interface Fidelity {
  /** Content-Type of /sns answers: `text/plain` as WeChat sends it (reference §9). */
  readonly contentType: string;
  readonly errmsgSuffix: ErrmsgSuffixStyle;
  /** What an expired code answers: 40029 as observed, or 42003 as documented (reference §6). */
  readonly expiredCodeErrcode: 40029 | 42003;
  /** What an access_token the mock never issued answers (reference §5, §15). */
  readonly unknownAccessTokenErrcode: 40001 | 40014;
  /** Reject a port in redirect_uri, as WeChat reportedly does (reference §1.4). */
  readonly strictRedirectPorts: boolean;
  /** The `N` of `N_` in sns tokens (reference §7). */
  readonly tokenPrefix: number;
  /** How long the QR page's long poll is held before it answers 408 (reference §1.2). */
  readonly longPollSeconds: number;
  /** Show oauth2/authorize's "请在微信客户端打开链接" page to browsers that are not WeChat's (reference §2). */
  readonly requireWeChatBrowser: boolean;
  /**
   * Read /sns parameters from an `application/x-www-form-urlencoded` POST body after the query string, as
   * WeChat probably does (reference §3.1, inferred); false: the query string only.
   */
  readonly formBody: boolean;
  /** What a second use of a `wx.login` code answers on jscode2session: 40163 as captured, 40029 as once reported (ML§1.4). */
  readonly reusedWxLoginCodeErrcode: 40163 | 40029;
  /**
   * A jscode2session exchange rotates the user's session_key unless it last rotated less than this many
   * seconds ago (ML§2.1: "may" rotate, with a minimum interval; reports disagree). 0 rotates on every exchange.
   */
  readonly sessionKeyRotationSeconds: number;
  /**
   * `pre-2020`: refresh answers put openid first and write the scope with a trailing comma, as captured from
   * 2015 to 2019 and not since (ML§6.4, ML§10); `documented`: the documented key order (reference §4).
   */
  readonly refreshAnswer: RefreshAnswerShape;
  /**
   * Content-Type of /cgi-bin and /wxa answers: `application/json; encoding=utf-8` as captured on cgi-bin
   * (reference §9, ML§5.1; on /wxa inferred, ML§10).
   */
  readonly cgiBinContentType: string;
  /** The errmsg suffix of /cgi-bin and /wxa, mostly without the /sns comma: `invalid appsecret rid: …` (ML§5.1). */
  readonly cgiBinErrmsgSuffix: ErrmsgSuffixStyle;
  /** `/cgi-bin/token` calls a day per app before 45009: 2000 for an official account, 200 for a test account (ML§5.1). */
  readonly serverTokenDailyQuota: number;
  /** `/cgi-bin/stable_token` calls a day per app before 45009 (ML§5.2). */
  readonly stableTokenDailyQuota: number;
}

export interface ControlSettings {
  /** The bearer token the control plane demands, or null for none. */
  readonly token: string | null;
  /** Explicitly leave the control plane without a token when listening beyond loopback. */
  readonly open: boolean;
  /** false switches the control plane off (every /__mock/ route but health answers 404). */
  readonly enabled: boolean;
  /**
   * Host names an open control plane answers besides IP addresses and `localhost`: any other name could be
   * a DNS-rebinding page's (docs/decisions/0013).
   */
  readonly allowedHosts: readonly string[];
}

export interface ImpersonateSettings {
  /** Serve HTTPS as WeChat's own hosts with a local CA's certificate (docs/decisions/0012); never on by default. */
  readonly enabled: boolean;
  /** The HTTPS port; 443 by default, where clients that hard-code https://api.weixin.qq.com connect. */
  readonly port: number;
  /** Where the local CA is kept; null for ~/.wechat-oauth-mock. */
  readonly stateDir: string | null;
}

/**
 * Bounds on what requests nobody authenticated can make the mock remember (docs/decisions/0015). Past a
 * bound the oldest goes first; WeChat's own parameter limits (e.g. the official account's 128-byte state,
 * reference §2) are applied before any of these.
 */
export interface Limits {
  /** Open QR logins and consent pages per app (each remembers its state and redirect_uri). */
  readonly loginSessionsPerApp: number;
  /** Codes per app the mock remembers, live or spent (snsapi_base mints one per page request). */
  readonly codesPerApp: number;
  /** Requests held open at once (QR long polls and journal waits); one more answers the oldest now. */
  readonly heldRequests: number;
}

/** Where and how the state is saved across restarts (docs/decisions/0022). */
export interface StateFileSettings {
  readonly path: string;
  /** Save the journal too (it can hold thousands of requests, so it is asked for). */
  readonly journal: boolean;
  /** How often the state is saved when something changed; a crash loses at most this much. */
  readonly intervalMs: number;
}

/** How many processes answer on the port: a number, or `auto` for one per CPU core (docs/decisions/0027). */
export type WorkerCount = number | 'auto';

/** More workers than this is a typo, not a machine. */
export const MAX_WORKERS = 256;
/** Where several mock processes share one state (docs/decisions/0026). */
export interface StoreSettings {
  /** `redis://[[user]:password@]host:port/db` or `rediss://…` (TLS); Valkey speaks the same protocol. */
  readonly url: string;
  /** Put before every key and channel, so several mocks can share one server. */
  readonly prefix: string;
}

export interface MockConfig {
  /** Openids and unionids derive from it: the same seed gives the same identifiers. */
  readonly seed: string;
  readonly accounts: readonly AccountConfig[];
  readonly apps: readonly AppConfig[];
  readonly personas: readonly PersonaConfig[];
  /** The persona that official-account snsapi_base logins act as, unless `mock_persona` says otherwise. */
  readonly defaultPersona: string;
  readonly lifetimes: Lifetimes;
  readonly fidelity: Fidelity;
  readonly faults: readonly FaultSpec[];
  readonly control: ControlSettings;
  readonly impersonate: ImpersonateSettings;
  /** How many requests the journal keeps. */
  readonly journalSize: number;
  readonly limits: Limits;
  /** Null: the state lives in memory only (the default). */
  readonly stateFile: StateFileSettings | null;
  /** Worker processes on one port; 1 (the default) is the mock in this process alone. */
  readonly workers: WorkerCount;
  /** Null: the state lives in this process (the default); else in the shared store. */
  readonly store: StoreSettings | null;
}

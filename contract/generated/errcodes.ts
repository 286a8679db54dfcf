/**
 * Generated from x-wechat-errcodes of contract/wechat-oauth.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

/** WeChat's API errcodes by name (reference §8, ML§5). Branch on these, never on errmsg. */
export const ErrCode = {
  /** "system error" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/auth, /sns/userinfo, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8, §5.2, §3.3; on /sns/jscode2session DOC ML§1.5; on /cgi-bin DOC ML§5.2; on /wxa DOC ML§4.2. */
  SystemError: -1,
  /** "invalid credential, access_token is invalid or not latest" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8, §5.2; on /wxa CAP ML§4.2; on /cgi-bin/user/info DOC ML§7. */
  InvalidCredential: 40001,
  /** "invalid grant_type" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token. Evidence: CAP §8, §3.1, §4; on /sns/jscode2session INF ML§1.5; on /cgi-bin INF ML§5.1, DOC ML§5.2. */
  InvalidGrantType: 40002,
  /** "invalid openid" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: DOC §5.1, §5.2, §8; on /wxa INF ML§2.2, ML§4.2; on /cgi-bin/user/info CAP ML§7. */
  InvalidOpenid: 40003,
  /** "invalid appid" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token, /wxa/business/getuserphonenumber. Evidence: CAP §8, §3.3, §4, ML§1.5; on /cgi-bin DOC ML§5.1, ML§5.2; on getuserphonenumber CAP ML§4.2. */
  InvalidAppid: 40013,
  /** "invalid access_token" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8, §5.1, §5.2; on /wxa INF ML§5.1; on /cgi-bin/user/info INF ML§7. */
  InvalidAccessToken: 40014,
  /** "invalid code" on /sns/oauth2/access_token, /sns/jscode2session, /wxa/business/getuserphonenumber. Evidence: CAP §8, §3.3, §6, ML§1.4, ML§1.5; on getuserphonenumber CAP ML§4.2 (reuse too). */
  InvalidCode: 40029,
  /** "invalid refresh_token" on /sns/oauth2/refresh_token. Evidence: CAP §8, §4. */
  InvalidRefreshToken: 40030,
  /** "invalid appsecret" on /sns/oauth2/access_token, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token. Evidence: CAP §8, §3.3; on /sns/jscode2session INF ML§1.5; on /cgi-bin CAP ML§5.1. */
  InvalidAppsecret: 40125,
  /** "code been used" on /sns/oauth2/access_token, /sns/jscode2session. Evidence: CAP §8, §3.3, §6, ML§1.4, ML§1.5. */
  CodeBeenUsed: 40163,
  /** "invalid ip, not in whitelist" on /cgi-bin/token, /cgi-bin/stable_token. Evidence: CAP ML§5.1; WeChat names the caller, `invalid ip A.B.C.D ipv6 ::ffff:A.B.C.D, not in whitelist`, and the mock does the same. */
  InvalidIp: 40164,
  /** "code blocked" on /sns/jscode2session. Evidence: DOC ML§1.5; the doc's text, never captured (a high-risk user was blocked). */
  CodeBlocked: 40226,
  /** "access_token missing" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8; on /wxa INF ML§5.1; on /cgi-bin/user/info INF ML§7. */
  AccessTokenMissing: 41001,
  /** "appid missing" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token. Evidence: CAP §8, §3.1, ML§1.1; on /cgi-bin DOC ML§5.1, ML§5.2. */
  AppidMissing: 41002,
  /** "refresh_token missing" on /sns/oauth2/refresh_token. Evidence: DOC §8, §4. */
  RefreshTokenMissing: 41003,
  /** "appsecret missing" on /sns/oauth2/access_token, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token. Evidence: CAP §8, §3.3, ML§1.1; on /cgi-bin DOC ML§5.1, ML§5.2. */
  AppsecretMissing: 41004,
  /** "missing code" on /sns/oauth2/access_token, /sns/jscode2session. Evidence: CAP §8, §3.3, §11, ML§1.1. */
  MissingCode: 41008,
  /** "missing openid" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /cgi-bin/user/info. Evidence: CAP §8, §5.2; on /sns/auth INF; on /wxa INF ML§2.2; on /cgi-bin/user/info INF. */
  MissingOpenid: 41009,
  /** "access_token expired" on /sns/auth, /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: DOC §5.2, §8, §15; on /wxa DOC ML§5.1; on /cgi-bin/user/info DOC ML§7. */
  AccessTokenExpired: 42001,
  /** "refresh_token expired" on /sns/oauth2/refresh_token. Evidence: INF §8, §4, §15; the code is documented, its text inferred. */
  RefreshTokenExpired: 42002,
  /** "code expired" on /sns/oauth2/access_token. Evidence: INF §8, §6, §15; the code is documented, its text inferred (expired codes are observed as 40029). */
  CodeExpired: 42003,
  /** "require POST method" on /cgi-bin/stable_token, /wxa/business/getuserphonenumber. Evidence: DOC ML§5.2; on getuserphonenumber INF ML§4.2. */
  RequirePostMethod: 43002,
  /** "reach max api daily quota limit" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/auth, /sns/userinfo, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8; captured on cgi-bin; on /cgi-bin/token CAP ML§5.1; on /cgi-bin/user/info DOC ML§7 (5 000 000 a day). */
  DailyQuotaLimit: 45009,
  /** "api minute-quota reach limit, must slower, retry next minute" on /sns/oauth2/access_token, /sns/oauth2/refresh_token, /sns/auth, /sns/userinfo, /sns/jscode2session, /cgi-bin/token, /cgi-bin/stable_token, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: CAP §8, §6; on /sns/jscode2session DOC ML§1.4; on /cgi-bin/stable_token DOC ML§5.2; on /wxa DOC ML§2.3, ML§4.2; on /cgi-bin/user/info INF. */
  MinuteQuotaLimit: 45011,
  /** "data format error" on /cgi-bin/stable_token, /wxa/business/getuserphonenumber. Evidence: INF ML§5.2; a body that is not a JSON object (WeChat's usual answer to bad JSON on cgi-bin). */
  DataFormatError: 47001,
  /** "api unauthorized" on /sns/userinfo, /wxa/checksession, /wxa/resetusersessionkey, /wxa/business/getuserphonenumber, /cgi-bin/user/info. Evidence: DOC §5.2, §2, §8; on /wxa INF (an official account's server token); on /cgi-bin/user/info INF ML§7 (the server token of an app that is not an official account). */
  ApiUnauthorized: 48001,
  /** "invalid sig_method" on /wxa/checksession, /wxa/resetusersessionkey. Evidence: DOC ML§2.3; on checksession INF. */
  InvalidSigMethod: 87008,
  /** "invalid signature" on /wxa/checksession, /wxa/resetusersessionkey. Evidence: CAP ML§2.2; on resetusersessionkey INF. */
  InvalidSignature: 87009,
  /** "此IP调用需要管理员确认,请联系管理员" on /cgi-bin/token, /cgi-bin/stable_token. Evidence: LIB ML§5.1; WxJava's text for an official account calling from a new IP without a whitelist. */
  IpNeedsAdminConfirmation: 89503,
} as const;

export type ErrCode = (typeof ErrCode)[keyof typeof ErrCode];

/** The endpoints of the WeChat API host: /sns, /cgi-bin and /wxa (reference §3–§5, ML§1–ML§5). */
export type SnsEndpoint = '/sns/oauth2/access_token' | '/sns/oauth2/refresh_token' | '/sns/auth' | '/sns/userinfo' | '/sns/jscode2session' | '/cgi-bin/token' | '/cgi-bin/stable_token' | '/wxa/checksession' | '/wxa/resetusersessionkey' | '/wxa/business/getuserphonenumber' | '/cgi-bin/user/info';

/** The base errmsg of each errcode; WeChat appends a suffix such as `, rid: xxxxxxxx-xxxxxxxx-xxxxxxxx` (reference §8.1). */
export const errmsgs: { readonly [K in ErrCode]: string } = {
  '-1': 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40029: 'invalid code',
  40030: 'invalid refresh_token',
  40125: 'invalid appsecret',
  40163: 'code been used',
  40164: 'invalid ip, not in whitelist',
  40226: 'code blocked',
  41001: 'access_token missing',
  41002: 'appid missing',
  41003: 'refresh_token missing',
  41004: 'appsecret missing',
  41008: 'missing code',
  41009: 'missing openid',
  42001: 'access_token expired',
  42002: 'refresh_token expired',
  42003: 'code expired',
  43002: 'require POST method',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit, must slower, retry next minute',
  47001: 'data format error',
  48001: 'api unauthorized',
  87008: 'invalid sig_method',
  87009: 'invalid signature',
  89503: '此IP调用需要管理员确认,请联系管理员',
};

/** The endpoints on which each errcode is answered (reference §3.3, §4, §5, §8, ML§5). */
export const errcodeEndpoints: { readonly [K in ErrCode]: readonly SnsEndpoint[] } = {
  '-1': ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  40001: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  40002: ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token'],
  40003: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  40013: ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token', '/wxa/business/getuserphonenumber'],
  40014: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  40029: ['/sns/oauth2/access_token', '/sns/jscode2session', '/wxa/business/getuserphonenumber'],
  40030: ['/sns/oauth2/refresh_token'],
  40125: ['/sns/oauth2/access_token', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token'],
  40163: ['/sns/oauth2/access_token', '/sns/jscode2session'],
  40164: ['/cgi-bin/token', '/cgi-bin/stable_token'],
  40226: ['/sns/jscode2session'],
  41001: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  41002: ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token'],
  41003: ['/sns/oauth2/refresh_token'],
  41004: ['/sns/oauth2/access_token', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token'],
  41008: ['/sns/oauth2/access_token', '/sns/jscode2session'],
  41009: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/cgi-bin/user/info'],
  42001: ['/sns/auth', '/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  42002: ['/sns/oauth2/refresh_token'],
  42003: ['/sns/oauth2/access_token'],
  43002: ['/cgi-bin/stable_token', '/wxa/business/getuserphonenumber'],
  45009: ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  45011: ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  47001: ['/cgi-bin/stable_token', '/wxa/business/getuserphonenumber'],
  48001: ['/sns/userinfo', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'],
  87008: ['/wxa/checksession', '/wxa/resetusersessionkey'],
  87009: ['/wxa/checksession', '/wxa/resetusersessionkey'],
  89503: ['/cgi-bin/token', '/cgi-bin/stable_token'],
};

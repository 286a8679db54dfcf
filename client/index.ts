// wechat-oauth-mock/client: a typed WeChat login client for Node applications (reference §1–§9, ML§1–§5).

export type {
  AccessTokenResponse,
  Code2SessionResponse,
  PhoneInfo,
  RefreshTokenResponse,
  ResetSessionKeyResponse,
  ServerTokenResponse,
  UserInfoResponse,
  UserinfoLang,
} from '../contract/index.js';
export { ErrCode } from '../contract/index.js';
export type {
  OfficialAccountScope,
  OfficialAccountUrlOptions,
  PageLang,
  QrConnectUrlOptions,
} from './authorize-url.js';
export { MAX_OFFICIAL_ACCOUNT_STATE_BYTES } from './authorize-url.js';
export type { ClientClock } from './clock.js';
export { type DecryptedOpenData, decryptOpenData, type OpenDataInput, verifyRawData } from './open-data.js';
export { type ParsedErrmsg, parseErrmsg } from './parse-errmsg.js';
export type { RetryPolicy } from './retry-policy.js';
export { sessionKeySignature } from './session-key-signature.js';
export { type StateCheck, StateGuard, type StateGuardOptions, type StateRefusal } from './state-guard.js';
export { TokenSet, type TokenSetData } from './token-set.js';
export { parseJsonObject, parseTolerantJson } from './tolerant-json.js';
export { WeChatApiError } from './wechat-api-error.js';
export { WeChatOAuthClient, type WeChatOAuthClientOptions } from './wechat-oauth-client.js';
export { type TransportFailure, WeChatTransportError } from './wechat-transport-error.js';

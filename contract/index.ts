// The contract's public face: hand-written code imports from here, never from ./generated/ directly.
// Everything below is derived from contract/*.openapi.yaml by `npm run contract:generate`.

import type { components as ControlComponents, operations as ControlOps } from './generated/mock-control.js';
import type { components as WeChatComponents } from './generated/wechat-oauth.js';

/** Schemas of the WeChat API document (contract/wechat-oauth.openapi.yaml). */
export type WeChatSchemas = WeChatComponents['schemas'];
/** Schemas of the mock's control API document (contract/mock-control.openapi.yaml). */
export type ControlSchemas = ControlComponents['schemas'];

export type {
  operations as ControlOperations,
  paths as ControlPaths,
} from './generated/mock-control.js';
export type {
  operations as WeChatOperations,
  paths as WeChatPaths,
} from './generated/wechat-oauth.js';

// WeChat API bodies (reference §3–§5, §8).
export type AccessTokenResponse = WeChatSchemas['AccessTokenResponse'];
export type RefreshTokenResponse = WeChatSchemas['RefreshTokenResponse'];
export type SnsAuthOkResponse = WeChatSchemas['SnsAuthOkResponse'];
export type UserInfoResponse = WeChatSchemas['UserInfoResponse'];
export type Code2SessionResponse = WeChatSchemas['Code2SessionResponse'];
export type ErrorResponse = WeChatSchemas['ErrorResponse'];

// Control API bodies. The views of the mock's state end in `View`, so that they never share a name with the
// mock's own model (its App, Persona, Account, Clock and Grant).
export type Health = ControlSchemas['Health'];
export type AppView = ControlSchemas['App'];
export type AppList = ControlSchemas['AppList'];
export type AppInput = ControlSchemas['AppInput'];
export type AppLifetimes = ControlSchemas['AppLifetimes'];
export type AccountView = ControlSchemas['Account'];
export type AccountList = ControlSchemas['AccountList'];
export type AccountInput = ControlSchemas['AccountInput'];
export type RegionNames = ControlSchemas['RegionNames'];
export type PersonaRegion = ControlSchemas['PersonaRegion'];
export type PersonaView = ControlSchemas['Persona'];
export type PersonaList = ControlSchemas['PersonaList'];
export type PersonaInput = ControlSchemas['PersonaInput'];
export type PersonaIdentity = ControlSchemas['PersonaIdentity'];
export type PersonaIdentities = ControlSchemas['PersonaIdentities'];
export type MintCodeRequest = ControlSchemas['MintCodeRequest'];
export type MintedCode = ControlSchemas['MintedCode'];
export type OpenData = ControlSchemas['OpenData'];
export type TokenActionRequest = ControlSchemas['TokenActionRequest'];
export type TokenState = ControlSchemas['TokenState'];
export type RevokedGrant = ControlSchemas['RevokedGrant'];
export type ClockView = ControlSchemas['Clock'];
export type GrantView = ControlSchemas['Grant'];
export type GrantListView = ControlSchemas['GrantList'];
export type ClockAdvanceRequest = ControlSchemas['ClockAdvanceRequest'];
export type ClockSetRequest = ControlSchemas['ClockSetRequest'];
export type ResetResult = ControlSchemas['ResetResult'];
export type ControlErrorBody = ControlSchemas['ControlError'];
/** The machine-readable codes of the control plane's errors (`error`). */
export type ControlErrorCode = ControlErrorBody['error'];
export type ControlIssue = ControlSchemas['ControlIssue'];

// The words of OAuth itself, one union each (the constant arrays below list the same values at run time).
export type Scope = ControlSchemas['Scope'];
export type UserinfoLang = ControlSchemas['UserinfoLang'];

// Faults: scripted failures of the /sns endpoints (`SnsEndpoint`, below).
export type FaultMatch = ControlSchemas['FaultMatch'];
export type FaultTimes = ControlSchemas['FaultTimes'];
export type FaultEffectType = ControlSchemas['FaultEffectType'];
export type FaultEffect = ControlSchemas['FaultEffect'];
export type ErrcodeEffect = ControlSchemas['ErrcodeEffect'];
export type HttpStatusEffect = ControlSchemas['HttpStatusEffect'];
export type DelayEffect = ControlSchemas['DelayEffect'];
export type DropConnectionEffect = ControlSchemas['DropConnectionEffect'];
export type TruncatedBodyEffect = ControlSchemas['TruncatedBodyEffect'];
export type NonJsonBodyEffect = ControlSchemas['NonJsonBodyEffect'];
export type ContentTypeEffect = ControlSchemas['ContentTypeEffect'];
export type FaultInput = ControlSchemas['FaultInput'];
export type Fault = ControlSchemas['Fault'];
export type FaultList = ControlSchemas['FaultList'];

// Journal: the requests the WeChat-facing routes received.
export type JournalFault = ControlSchemas['JournalFault'];
export type JournalEntry = ControlSchemas['JournalEntry'];
export type JournalPage = ControlSchemas['JournalPage'];
/** The query parameters of `GET /__mock/journal`. */
export type JournalQuery = NonNullable<ControlOps['readJournal']['parameters']['query']>;

export { FAULT_EFFECT_TYPES, SCOPES, SNS_ENDPOINTS, USERINFO_LANGS } from './generated/control-enums.js';
/** The /sns endpoints of the WeChat API: the one union for them (equal to the control API's `SnsEndpoint`). */
export { ErrCode, errcodeEndpoints, errmsgs, type SnsEndpoint } from './generated/errcodes.js';
export { PageError } from './generated/page-errors.js';
export { wechatOAuthDocument } from './generated/wechat-oauth-document.js';

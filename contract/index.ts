// The contract's public face: hand-written code imports from here, never from ./generated/ directly.
// Everything below is derived from contract/*.openapi.yaml by `npm run contract:generate`.

import type { components as ControlComponents } from './generated/mock-control.js';
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
export type ErrorResponse = WeChatSchemas['ErrorResponse'];

// Control API bodies.
export type Health = ControlSchemas['Health'];
export type App = ControlSchemas['App'];
export type AppList = ControlSchemas['AppList'];
export type RegionNames = ControlSchemas['RegionNames'];
export type PersonaRegion = ControlSchemas['PersonaRegion'];
export type Persona = ControlSchemas['Persona'];
export type PersonaList = ControlSchemas['PersonaList'];
export type MintCodeRequest = ControlSchemas['MintCodeRequest'];
export type MintedCode = ControlSchemas['MintedCode'];
export type Clock = ControlSchemas['Clock'];
export type ClockAdvanceRequest = ControlSchemas['ClockAdvanceRequest'];
export type ResetResult = ControlSchemas['ResetResult'];
export type ControlError = ControlSchemas['ControlError'];

export { ErrCode, errcodeEndpoints, errmsgs, type SnsEndpoint } from './generated/errcodes.js';
export { PageError } from './generated/page-errors.js';

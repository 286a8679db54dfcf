import type { Scope } from '../../contract/index.js';
import type { AppKind } from '../config/mock-config.js';

/** The scopes each kind of app may ask for (reference §1.1, §2). */
export const scopesByKind: Readonly<Record<AppKind, readonly string[]>> = {
  website: ['snsapi_login'],
  'official-account': ['snsapi_base', 'snsapi_userinfo'],
  // wx.login codes carry no scope (ML§1).
  'mini-program': [],
  // The SDK's SendAuth.Req takes snsapi_userinfo only (ML§6.1).
  'mobile-app': ['snsapi_userinfo'],
} satisfies Record<AppKind, readonly Scope[]>;

/** The scope a login is given when none is named: the one that returns a profile; none for wx.login codes. */
export const defaultScope: Readonly<Record<AppKind, Scope | null>> = {
  website: 'snsapi_login',
  'official-account': 'snsapi_userinfo',
  'mini-program': null,
  'mobile-app': 'snsapi_userinfo',
};

/** Whether tokens of this scope carry a unionid and may read userinfo (reference §3.2, §5.2). */
export function grantsProfile(scope: string): boolean {
  return scope === 'snsapi_login' || scope === 'snsapi_userinfo';
}

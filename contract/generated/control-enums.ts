/**
 * Generated from string enums of components.schemas of contract/mock-control.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

/** The kinds of code the control plane mints: a login's (`wx.login`'s for a mini-program) or the getPhoneNumber button's (ML§4.1, ML§9). */
export const CODE_KINDS = ['login', 'phone'] as const;
/** The OAuth scopes of WeChat's web logins: `snsapi_login` for website apps (reference §1.1), `snsapi_base` and `snsapi_userinfo` for official accounts (reference §2). */
export const SCOPES = ['snsapi_login', 'snsapi_base', 'snsapi_userinfo'] as const;
/** The `lang` values of `/sns/userinfo`, and the languages a persona's region is given in (reference §5.2). */
export const USERINFO_LANGS = ['en', 'zh_CN', 'zh_TW'] as const;
/** The endpoints of the WeChat API host, which faults can target: /sns (reference §3–§5, ML§1), /cgi-bin and /wxa (ML§2, ML§4, ML§5, ML§7). */
export const SNS_ENDPOINTS = ['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo', '/sns/jscode2session', '/cgi-bin/token', '/cgi-bin/stable_token', '/wxa/checksession', '/wxa/resetusersessionkey', '/wxa/business/getuserphonenumber', '/cgi-bin/user/info'] as const;
/** The kinds of failure a fault produces (`FaultEffect.type`). */
export const FAULT_EFFECT_TYPES = ['errcode', 'http-status', 'delay', 'drop-connection', 'truncated-body', 'non-json-body', 'content-type'] as const;

/**
 * Generated from x-wechat-page-errors of contract/wechat-oauth.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

/** Texts of the HTML error and cancel pages, shown in `<h4 class="weui_msg_title">` (reference §1.2, §1.3, §2). */
export const PageError = {
  /** On /connect/qrconnect, /connect/oauth2/authorize. Evidence: LIB §1.3, §11; on oauth2/authorize INF. */
  AppidInvalid: 'AppID 参数错误',
  /** On /connect/qrconnect. Evidence: CAP §1.3, §1.4. */
  RedirectUriInvalid: 'redirect_uri 参数错误',
  /** On /connect/qrconnect, /connect/oauth2/authorize. Evidence: CAP §1.3, §2. */
  ScopeInvalid: 'Scope 参数错误或没有 Scope 权限',
  /** On /connect/qrconnect, /connect/oauth2/authorize, /connect/confirm/allow, /connect/confirm. Evidence: DOC §1.3; the mock also shows it for an unknown persona key (mock_persona, persona), INF. */
  LinkUnavailable: '该链接无法访问',
  /** On /connect/oauth2/authorize. Evidence: DOC §2, §1.4. */
  OaRedirectDomainMismatch: 'redirect_uri域名与后台配置不一致，错误码：10003',
  /** On /connect/oauth2/authorize. Evidence: DOC §2. */
  OaScopeUnauthorized: '此公众号并没有这些scope的权限，错误码：10005',
  /** On /connect/oauth2/authorize. Evidence: CAP §2, §6. */
  StateTooLong: 'state参数过长',
  /** On /connect/oauth2/authorize. Evidence: CAP §2. */
  OpenInWeChat: '请在微信客户端打开链接',
  /** On /connect/qrconnect, /connect/confirm/deny, /connect/confirm. Evidence: CAP §1.2. */
  LoginCancelled: '您已取消此次登录',
  /** On /connect/qrconnect, /connect/confirm/deny, /connect/confirm. Evidence: CAP §1.2. */
  LoginCancelledHint: '您可再次扫描登录，或关闭窗口',
  /** On /connect/confirm/allow, /connect/confirm/deny, /connect/confirm. Evidence: INF §1.2; mock only: a login session unknown, used or older than 5 minutes. */
  LoginSessionExpired: '二维码已失效，请返回并重新打开登录页',
} as const;

export type PageError = (typeof PageError)[keyof typeof PageError];

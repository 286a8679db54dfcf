import type { Scenario } from '../model/scenario.js';
import authAccessTokenExpired from './auth-access-token-expired.js';
import authAccessTokenMissing from './auth-access-token-missing.js';
import authAccessTokenUnknown from './auth-access-token-unknown.js';
import authAccessTokenValidFor7200Seconds from './auth-access-token-valid-for-7200-seconds.js';
import authFormBodyRead from './auth-form-body-read.js';
import authOk from './auth-ok.js';
import authOpenidInvalid from './auth-openid-invalid.js';
import authOpenidMissing from './auth-openid-missing.js';
import exchangeAppidInvalid from './exchange-appid-invalid.js';
import exchangeAppidMissing from './exchange-appid-missing.js';
import exchangeCodeExpires from './exchange-code-expires-after-10-minutes.js';
import exchangeCodeMissing from './exchange-code-missing.js';
import exchangeCodeOfAnotherApp from './exchange-code-of-another-app.js';
import exchangeCodeSingleUse from './exchange-code-single-use.js';
import exchangeCodeUnknown from './exchange-code-unknown.js';
import exchangeCodeValidFor10Minutes from './exchange-code-valid-for-10-minutes.js';
import exchangeExtraParamsIgnored from './exchange-extra-params-ignored.js';
import exchangeFormBodyQueryFirst from './exchange-form-body-query-first.js';
import exchangeFormBodyRead from './exchange-form-body-read.js';
import exchangeGrantTypeExact from './exchange-grant-type-exact.js';
import exchangeJsonBodyIgnored from './exchange-json-body-ignored.js';
import exchangeNewTokensPerLogin from './exchange-new-tokens-per-login.js';
import exchangeOfficialAccountCodeExpires from './exchange-official-account-code-expires-after-5-minutes.js';
import exchangeOfficialAccountUserinfoShape from './exchange-official-account-userinfo-shape.js';
import exchangeOrderAppidBeforeSecret from './exchange-order-appid-before-secret.js';
import exchangeOrderAppidFirst from './exchange-order-appid-first.js';
import exchangeOrderGrantTypeBeforeCode from './exchange-order-grant-type-before-code.js';
import exchangeOrderSecretBeforeGrantType from './exchange-order-secret-before-grant-type.js';
import exchangePostWithQuery from './exchange-post-with-query.js';
import exchangeSecretInvalid from './exchange-secret-invalid.js';
import exchangeSecretMissing from './exchange-secret-missing.js';
import exchangeSnsapiBaseWithoutUnionid from './exchange-snsapi-base-without-unionid.js';
import exchangeSuccessShape from './exchange-success-shape.js';
import exchangeSystemErrorBurnsCode from './exchange-system-error-burns-code.js';
import faultsMinuteQuota from './faults-minute-quota.js';
import faultsUserinfoSystemErrorRetry from './faults-userinfo-system-error-retry.js';
import idsCodeShape from './ids-code-shape.js';
import idsOpenidShape from './ids-openid-shape.js';
import idsOpenidStablePerApp from './ids-openid-stable-per-app.js';
import idsTokenShape from './ids-token-shape.js';
import idsUnionidAcrossApps from './ids-unionid-across-apps.js';
import idsUnionidShape from './ids-unionid-shape.js';
import journalRecordsCall from './journal-records-call.js';
import miniprogramAppidInvalid from './miniprogram-appid-invalid.js';
import miniprogramCodeExpiresAfter5Minutes from './miniprogram-code-expires-after-5-minutes.js';
import miniprogramCodeOfAnotherApp from './miniprogram-code-of-another-app.js';
import miniprogramCodeParamMissing from './miniprogram-code-param-missing.js';
import miniprogramCodeSingleUse from './miniprogram-code-single-use.js';
import miniprogramExtraParamsIgnored from './miniprogram-extra-params-ignored.js';
import miniprogramFormBodyNotRead from './miniprogram-form-body-not-read.js';
import miniprogramSessionKeySlashEscaped from './miniprogram-session-key-slash-escaped.js';
import miniprogramSuccessShape from './miniprogram-success-shape.js';
import miniprogramUnionidAcrossApps from './miniprogram-unionid-across-apps.js';
import pagesAuthorizeCodeExchanges from './pages-authorize-code-exchanges.js';
import pagesAuthorizeConnectRedirect from './pages-authorize-connect-redirect.js';
import pagesAuthorizeEmptyState from './pages-authorize-empty-state.js';
import pagesAuthorizeRedirectKeepsQuery from './pages-authorize-redirect-keeps-query.js';
import pagesAuthorizeRedirectUriInvalid from './pages-authorize-redirect-uri-invalid.js';
import pagesAuthorizeSnsapiBaseRedirect from './pages-authorize-snsapi-base-redirect.js';
import pagesAuthorizeState128Bytes from './pages-authorize-state-128-bytes.js';
import pagesAuthorizeStateTooLong from './pages-authorize-state-too-long.js';
import pagesQrconnectAppidInvalid from './pages-qrconnect-appid-invalid.js';
import pagesQrconnectLoginPage from './pages-qrconnect-login-page.js';
import pagesQrconnectLongState from './pages-qrconnect-long-state.js';
import pagesQrconnectOfficialAccountAppid from './pages-qrconnect-official-account-appid.js';
import pagesQrconnectRedirectUriInvalid from './pages-qrconnect-redirect-uri-invalid.js';
import pagesQrconnectScopeInvalid from './pages-qrconnect-scope-invalid.js';
import pagesQrconnectWithoutResponseType from './pages-qrconnect-without-response-type.js';
import refreshAppidInvalid from './refresh-appid-invalid.js';
import refreshAppidMissing from './refresh-appid-missing.js';
import refreshExtendsAccessToken from './refresh-extends-access-token.js';
import refreshFormBodyRead from './refresh-form-body-read.js';
import refreshGrantTypeExact from './refresh-grant-type-exact.js';
import refreshNewAccessTokenAfterExpiry from './refresh-new-access-token-after-expiry.js';
import refreshTokenExpiresAfter30Days from './refresh-refresh-token-expires-after-30-days.js';
import refreshTokenInvalid from './refresh-refresh-token-invalid.js';
import refreshTokenMissing from './refresh-refresh-token-missing.js';
import refreshTokenNotExtended from './refresh-refresh-token-not-extended.js';
import refreshTokenNotRotated from './refresh-refresh-token-not-rotated.js';
import refreshSameAccessTokenWhileValid from './refresh-same-access-token-while-valid.js';
import refreshScopeKept from './refresh-scope-kept.js';
import refreshSuccessShape from './refresh-success-shape.js';
import userinfoAccessTokenExpired from './userinfo-access-token-expired.js';
import userinfoAccessTokenMissing from './userinfo-access-token-missing.js';
import userinfoAccessTokenUnknown from './userinfo-access-token-unknown.js';
import userinfoFormBodyRead from './userinfo-form-body-read.js';
import userinfoNoSexOrRegion from './userinfo-no-sex-or-region.js';
import userinfoOpenidInvalid from './userinfo-openid-invalid.js';
import userinfoOpenidMissing from './userinfo-openid-missing.js';
import userinfoSameIdsAsGrant from './userinfo-same-ids-as-grant.js';
import userinfoSnsapiBaseUnauthorized from './userinfo-snsapi-base-unauthorized.js';
import userinfoSuccessShape from './userinfo-success-shape.js';
import wireContentTypeTextPlain from './wire-content-type-text-plain.js';
import wireErrmsgRidSuffix from './wire-errmsg-rid-suffix.js';
import wireErrorCompactJson from './wire-error-compact-json.js';
import wireErrorsHttp200 from './wire-errors-http-200.js';
import wireRawUtf8 from './wire-raw-utf8.js';
import wireSlashesEscaped from './wire-slashes-escaped.js';
import wireSuccessCompactJson from './wire-success-compact-json.js';

/** Every scenario, in the order the runner runs them: grouped by area, success before errors. */
export const CATALOGUE: readonly Scenario[] = [
  // Code exchange: /sns/oauth2/access_token (§3)
  exchangeSuccessShape,
  exchangeOfficialAccountUserinfoShape,
  exchangeSnsapiBaseWithoutUnionid,
  exchangeNewTokensPerLogin,
  exchangeCodeSingleUse,
  exchangeCodeValidFor10Minutes,
  exchangeCodeExpires,
  exchangeOfficialAccountCodeExpires,
  exchangeCodeOfAnotherApp,
  exchangeCodeUnknown,
  exchangeSystemErrorBurnsCode,
  exchangeAppidMissing,
  exchangeAppidInvalid,
  exchangeSecretMissing,
  exchangeSecretInvalid,
  exchangeGrantTypeExact,
  exchangeCodeMissing,
  exchangeOrderAppidFirst,
  exchangeOrderAppidBeforeSecret,
  exchangeOrderSecretBeforeGrantType,
  exchangeOrderGrantTypeBeforeCode,
  exchangeFormBodyRead,
  exchangeFormBodyQueryFirst,
  exchangeJsonBodyIgnored,
  exchangePostWithQuery,
  exchangeExtraParamsIgnored,
  // Refresh: /sns/oauth2/refresh_token (§4)
  refreshSuccessShape,
  refreshSameAccessTokenWhileValid,
  refreshExtendsAccessToken,
  refreshFormBodyRead,
  refreshNewAccessTokenAfterExpiry,
  refreshTokenNotRotated,
  refreshTokenNotExtended,
  refreshTokenExpiresAfter30Days,
  refreshScopeKept,
  refreshAppidMissing,
  refreshAppidInvalid,
  refreshGrantTypeExact,
  refreshTokenMissing,
  refreshTokenInvalid,
  // Token check: /sns/auth (§5.1)
  authOk,
  authFormBodyRead,
  authAccessTokenValidFor7200Seconds,
  authAccessTokenExpired,
  authAccessTokenMissing,
  authOpenidMissing,
  authOpenidInvalid,
  authAccessTokenUnknown,
  // Profile: /sns/userinfo (§5.2)
  userinfoSuccessShape,
  userinfoNoSexOrRegion,
  userinfoSameIdsAsGrant,
  userinfoSnsapiBaseUnauthorized,
  userinfoFormBodyRead,
  userinfoAccessTokenExpired,
  userinfoAccessTokenMissing,
  userinfoOpenidMissing,
  userinfoOpenidInvalid,
  userinfoAccessTokenUnknown,
  // Mini-program login: /sns/jscode2session (ML§1)
  miniprogramSuccessShape,
  miniprogramSessionKeySlashEscaped,
  miniprogramUnionidAcrossApps,
  miniprogramCodeSingleUse,
  miniprogramCodeExpiresAfter5Minutes,
  miniprogramCodeOfAnotherApp,
  miniprogramAppidInvalid,
  miniprogramCodeParamMissing,
  miniprogramFormBodyNotRead,
  miniprogramExtraParamsIgnored,
  // Identifier shapes (§7, §10)
  idsOpenidShape,
  idsUnionidShape,
  idsTokenShape,
  idsCodeShape,
  idsOpenidStablePerApp,
  idsUnionidAcrossApps,
  // Wire details (§8.1, §9)
  wireErrorsHttp200,
  wireContentTypeTextPlain,
  wireErrorCompactJson,
  wireSuccessCompactJson,
  wireErrmsgRidSuffix,
  wireSlashesEscaped,
  wireRawUtf8,
  // Authorize pages: qrconnect (§1) and oauth2/authorize (§2)
  pagesQrconnectLoginPage,
  pagesQrconnectWithoutResponseType,
  pagesQrconnectLongState,
  pagesQrconnectAppidInvalid,
  pagesQrconnectScopeInvalid,
  pagesQrconnectOfficialAccountAppid,
  pagesQrconnectRedirectUriInvalid,
  pagesAuthorizeConnectRedirect,
  pagesAuthorizeSnsapiBaseRedirect,
  pagesAuthorizeRedirectKeepsQuery,
  pagesAuthorizeEmptyState,
  pagesAuthorizeState128Bytes,
  pagesAuthorizeCodeExchanges,
  pagesAuthorizeStateTooLong,
  pagesAuthorizeRedirectUriInvalid,
  // Faults and the journal, through the control plane
  faultsMinuteQuota,
  faultsUserinfoSystemErrorRetry,
  journalRecordsCall,
];

import type { Scenario } from '../model/scenario.js';
import { authAccessTokenExpired, userinfoAccessTokenExpired } from './access-token-expired.js';
import { authAccessTokenMissing, userinfoAccessTokenMissing } from './access-token-missing.js';
import { authAccessTokenUnknown, userinfoAccessTokenUnknown } from './access-token-unknown.js';
import {
  authAccessTokenValidFor7200Seconds,
  userinfoAccessTokenValidFor7200Seconds,
} from './access-token-valid-for-7200-seconds.js';
import { servertokenAppidInvalid, stabletokenAppidInvalid } from './appid-invalid.js';
import { servertokenAppidMissing, stabletokenAppidMissing } from './appid-missing.js';
import authOk from './auth-ok.js';
import authSnsapiBaseOk from './auth-snsapi-base-ok.js';
import checksessionDecodedKeyRefused from './checksession-decoded-key-refused.js';
import checksessionOk from './checksession-ok.js';
import exchangeAppidInvalid from './exchange-appid-invalid.js';
import exchangeAppidMissing from './exchange-appid-missing.js';
import exchangeCodeExpires from './exchange-code-expires-after-10-minutes.js';
import exchangeCodeMissing from './exchange-code-missing.js';
import exchangeCodeOfAnotherApp from './exchange-code-of-another-app.js';
import exchangeCodeOfAnotherAppKeepsCode from './exchange-code-of-another-app-keeps-code.js';
import exchangeCodeSingleUse from './exchange-code-single-use.js';
import exchangeCodeUnknown from './exchange-code-unknown.js';
import exchangeCodeValidFor10Minutes from './exchange-code-valid-for-10-minutes.js';
import exchangeExtraParamsIgnored from './exchange-extra-params-ignored.js';
import exchangeFormBodyCharset from './exchange-form-body-charset.js';
import exchangeFormBodyQueryFirst from './exchange-form-body-query-first.js';
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
import exchangeRejectedGrantTypeKeepsCode from './exchange-rejected-grant-type-keeps-code.js';
import exchangeSecretInvalid from './exchange-secret-invalid.js';
import exchangeSecretMissing from './exchange-secret-missing.js';
import exchangeSnsapiBaseWithoutUnionid from './exchange-snsapi-base-without-unionid.js';
import exchangeSuccessShape from './exchange-success-shape.js';
import exchangeSystemErrorBurnsCode from './exchange-system-error-burns-code.js';
import exchangeTextBodyIgnored from './exchange-text-body-ignored.js';
import faultsMinuteQuota from './faults-minute-quota.js';
import faultsUserinfoSystemErrorRetry from './faults-userinfo-system-error-retry.js';
import followersFollowerShape from './followers-follower-shape.js';
import followersNotFollowing from './followers-not-following.js';
import followersOpenidOfAnotherApp from './followers-openid-of-another-app.js';
import followersParametersMissing from './followers-parameters-missing.js';
import followersSnsTokenRefused from './followers-sns-token-refused.js';
import followersStableTokenAccepted from './followers-stable-token-accepted.js';
import { authFormBodyRead, exchangeFormBodyRead, refreshFormBodyRead, userinfoFormBodyRead } from './form-body-read.js';
import { servertokenGrantTypeExact, stabletokenGrantTypeExact } from './grant-type-exact.js';
import idsAccessTokenNotRefreshToken from './ids-access-token-not-refresh-token.js';
import idsCodeShape from './ids-code-shape.js';
import idsHeadimgurlShape from './ids-headimgurl-shape.js';
import idsOneIdentityAcrossChannels from './ids-one-identity-across-channels.js';
import idsOpenidShape from './ids-openid-shape.js';
import idsOpenidStablePerApp from './ids-openid-stable-per-app.js';
import idsTokenShape from './ids-token-shape.js';
import idsUnionidAcrossApps from './ids-unionid-across-apps.js';
import idsUnionidShape from './ids-unionid-shape.js';
import journalRecordsCall from './journal-records-call.js';
import miniprogramAppidInvalid from './miniprogram-appid-invalid.js';
import miniprogramAppidMissing from './miniprogram-appid-missing.js';
import miniprogramCodeExpiresAfter5Minutes from './miniprogram-code-expires-after-5-minutes.js';
import miniprogramCodeNotForOauthExchange from './miniprogram-code-not-for-oauth-exchange.js';
import miniprogramCodeOfAnotherApp from './miniprogram-code-of-another-app.js';
import miniprogramCodeParamMissing from './miniprogram-code-param-missing.js';
import miniprogramCodeSingleUse from './miniprogram-code-single-use.js';
import miniprogramCodeUnknown from './miniprogram-code-unknown.js';
import miniprogramCodeValidFor5Minutes from './miniprogram-code-valid-for-5-minutes.js';
import miniprogramExtraParamsIgnored from './miniprogram-extra-params-ignored.js';
import miniprogramFormBodyNotRead from './miniprogram-form-body-not-read.js';
import miniprogramGrantTypeExact from './miniprogram-grant-type-exact.js';
import miniprogramOpenidStable from './miniprogram-openid-stable.js';
import miniprogramPostWithQuery from './miniprogram-post-with-query.js';
import miniprogramSecretInvalid from './miniprogram-secret-invalid.js';
import miniprogramSecretMissing from './miniprogram-secret-missing.js';
import miniprogramSessionKeySlashEscaped from './miniprogram-session-key-slash-escaped.js';
import miniprogramSuccessShape from './miniprogram-success-shape.js';
import miniprogramUnionidAcrossApps from './miniprogram-unionid-across-apps.js';
import mobileappCodeExpiresAfter10Minutes from './mobileapp-code-expires-after-10-minutes.js';
import mobileappCodeSingleUse from './mobileapp-code-single-use.js';
import mobileappCodeValidFor10Minutes from './mobileapp-code-valid-for-10-minutes.js';
import mobileappRefreshTokenExpiresAfter180Days from './mobileapp-refresh-token-expires-after-180-days.js';
import mobileappRefreshTokenOutlives30Days from './mobileapp-refresh-token-outlives-30-days.js';
import mobileappSuccessShape from './mobileapp-success-shape.js';
import mobileappUserinfoNoSexOrRegion from './mobileapp-userinfo-no-sex-or-region.js';
import { authOpenidInvalid, userinfoOpenidInvalid } from './openid-invalid.js';
import { authOpenidMissing, userinfoOpenidMissing } from './openid-missing.js';
import pagesAuthorizeAppidInvalid from './pages-authorize-appid-invalid.js';
import pagesAuthorizeCodeBeforeFragment from './pages-authorize-code-before-fragment.js';
import pagesAuthorizeCodeExchanges from './pages-authorize-code-exchanges.js';
import pagesAuthorizeConnectRedirect from './pages-authorize-connect-redirect.js';
import pagesAuthorizeEmptyState from './pages-authorize-empty-state.js';
import pagesAuthorizeMobileAppAppid from './pages-authorize-mobile-app-appid.js';
import pagesAuthorizeRedirectKeepsQuery from './pages-authorize-redirect-keeps-query.js';
import pagesAuthorizeRedirectUriInvalid from './pages-authorize-redirect-uri-invalid.js';
import pagesAuthorizeScopeInvalid from './pages-authorize-scope-invalid.js';
import pagesAuthorizeSnsapiBaseRedirect from './pages-authorize-snsapi-base-redirect.js';
import pagesAuthorizeState128Bytes from './pages-authorize-state-128-bytes.js';
import pagesAuthorizeStateTooLong from './pages-authorize-state-too-long.js';
import pagesAuthorizeWebsiteAppid from './pages-authorize-website-appid.js';
import pagesQrconnectAppidInvalid from './pages-qrconnect-appid-invalid.js';
import pagesQrconnectErrorPageHtml from './pages-qrconnect-error-page-html.js';
import pagesQrconnectLoginPage from './pages-qrconnect-login-page.js';
import pagesQrconnectLongState from './pages-qrconnect-long-state.js';
import pagesQrconnectMobileAppAppid from './pages-qrconnect-mobile-app-appid.js';
import pagesQrconnectOfficialAccountAppid from './pages-qrconnect-official-account-appid.js';
import pagesQrconnectRedirectUriAnyPath from './pages-qrconnect-redirect-uri-any-path.js';
import pagesQrconnectRedirectUriInvalid from './pages-qrconnect-redirect-uri-invalid.js';
import pagesQrconnectRedirectUriMalformed from './pages-qrconnect-redirect-uri-malformed.js';
import pagesQrconnectRedirectUriOtherHost from './pages-qrconnect-redirect-uri-other-host.js';
import pagesQrconnectScopeInvalid from './pages-qrconnect-scope-invalid.js';
import pagesQrconnectWithoutResponseType from './pages-qrconnect-without-response-type.js';
import phonenumberCodeExpiresAfter5Minutes from './phonenumber-code-expires-after-5-minutes.js';
import phonenumberCodeNotForJscode2session from './phonenumber-code-not-for-jscode2session.js';
import phonenumberCodeSingleUse from './phonenumber-code-single-use.js';
import phonenumberGetRefused from './phonenumber-get-refused.js';
import phonenumberOpenidChecked from './phonenumber-openid-checked.js';
import phonenumberSuccessShape from './phonenumber-success-shape.js';
import phonenumberWxLoginCodeRefused from './phonenumber-wx-login-code-refused.js';
import refreshAppidInvalid from './refresh-appid-invalid.js';
import refreshAppidMissing from './refresh-appid-missing.js';
import refreshExtendsAccessToken from './refresh-extends-access-token.js';
import refreshGrantTypeExact from './refresh-grant-type-exact.js';
import refreshNewAccessTokenAfterExpiry from './refresh-new-access-token-after-expiry.js';
import refreshTokenExpiresAfter30Days from './refresh-refresh-token-expires-after-30-days.js';
import refreshTokenInvalid from './refresh-refresh-token-invalid.js';
import refreshTokenMissing from './refresh-refresh-token-missing.js';
import refreshTokenNotExtended from './refresh-refresh-token-not-extended.js';
import refreshTokenNotRotated from './refresh-refresh-token-not-rotated.js';
import refreshTokenOfAnotherApp from './refresh-refresh-token-of-another-app.js';
import refreshReplacedAccessTokenNotLatest from './refresh-replaced-access-token-not-latest.js';
import refreshSameAccessTokenWhileValid from './refresh-same-access-token-while-valid.js';
import refreshScopeKept from './refresh-scope-kept.js';
import refreshSuccessShape from './refresh-success-shape.js';
import resetsessionkeyOk from './resetsessionkey-ok.js';
import { servertokenSecretInvalid, stabletokenSecretInvalid } from './secret-invalid.js';
import { servertokenSecretMissing, stabletokenSecretMissing } from './secret-missing.js';
import servertokenContentTypeJson from './servertoken-content-type-json.js';
import servertokenErrmsgRidWithoutComma from './servertoken-errmsg-rid-without-comma.js';
import servertokenExpiresAfter7200Seconds from './servertoken-expires-after-7200-seconds.js';
import servertokenNewPerCall from './servertoken-new-per-call.js';
import servertokenPreviousWorks5Minutes from './servertoken-previous-works-5-minutes.js';
import servertokenSuccessShape from './servertoken-success-shape.js';
import { checksessionSigMethodInvalid, resetsessionkeySigMethodInvalid } from './sig-method-invalid.js';
import { checksessionSignatureInvalid, resetsessionkeySignatureInvalid } from './signature-invalid.js';
import { checksessionSnsTokenRefused, resetsessionkeySnsTokenRefused } from './sns-token-refused.js';
import stabletokenApartFromToken from './stabletoken-apart-from-token.js';
import stabletokenBodyNotJson from './stabletoken-body-not-json.js';
import stabletokenForceRefresh from './stabletoken-force-refresh.js';
import stabletokenForceRefresh30SecondsApart from './stabletoken-force-refresh-30-seconds-apart.js';
import stabletokenForceRefreshEndsOldToken from './stabletoken-force-refresh-ends-old-token.js';
import stabletokenGetRefused from './stabletoken-get-refused.js';
import stabletokenNewTokenInLast5Minutes from './stabletoken-new-token-in-last-5-minutes.js';
import stabletokenSameTokenWithTimeLeft from './stabletoken-same-token-with-time-left.js';
import stabletokenSuccessShape from './stabletoken-success-shape.js';
import userinfoNoSexOrRegion from './userinfo-no-sex-or-region.js';
import userinfoOfficialAccountProfile from './userinfo-official-account-profile.js';
import userinfoOpenidMissingCheckedFirst from './userinfo-openid-missing-checked-first.js';
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
  exchangeCodeOfAnotherAppKeepsCode,
  exchangeCodeUnknown,
  exchangeSystemErrorBurnsCode,
  exchangeAppidMissing,
  exchangeAppidInvalid,
  exchangeSecretMissing,
  exchangeSecretInvalid,
  exchangeGrantTypeExact,
  exchangeRejectedGrantTypeKeepsCode,
  exchangeCodeMissing,
  exchangeOrderAppidFirst,
  exchangeOrderAppidBeforeSecret,
  exchangeOrderSecretBeforeGrantType,
  exchangeOrderGrantTypeBeforeCode,
  exchangeFormBodyRead,
  exchangeFormBodyQueryFirst,
  exchangeFormBodyCharset,
  exchangeJsonBodyIgnored,
  exchangeTextBodyIgnored,
  exchangePostWithQuery,
  exchangeExtraParamsIgnored,
  // Refresh: /sns/oauth2/refresh_token (§4)
  refreshSuccessShape,
  refreshSameAccessTokenWhileValid,
  refreshExtendsAccessToken,
  refreshFormBodyRead,
  refreshNewAccessTokenAfterExpiry,
  refreshReplacedAccessTokenNotLatest,
  refreshTokenNotRotated,
  refreshTokenNotExtended,
  refreshTokenExpiresAfter30Days,
  refreshScopeKept,
  refreshAppidMissing,
  refreshAppidInvalid,
  refreshGrantTypeExact,
  refreshTokenMissing,
  refreshTokenInvalid,
  refreshTokenOfAnotherApp,
  // Token check: /sns/auth (§5.1)
  authOk,
  authSnsapiBaseOk,
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
  userinfoOfficialAccountProfile,
  userinfoSnsapiBaseUnauthorized,
  userinfoFormBodyRead,
  userinfoAccessTokenValidFor7200Seconds,
  userinfoAccessTokenExpired,
  userinfoAccessTokenMissing,
  userinfoOpenidMissing,
  userinfoOpenidMissingCheckedFirst,
  userinfoOpenidInvalid,
  userinfoAccessTokenUnknown,
  // Mini-program login: /sns/jscode2session (ML§1)
  miniprogramSuccessShape,
  miniprogramSessionKeySlashEscaped,
  miniprogramUnionidAcrossApps,
  miniprogramOpenidStable,
  miniprogramCodeSingleUse,
  miniprogramCodeValidFor5Minutes,
  miniprogramCodeExpiresAfter5Minutes,
  miniprogramCodeOfAnotherApp,
  miniprogramCodeUnknown,
  miniprogramCodeNotForOauthExchange,
  miniprogramAppidMissing,
  miniprogramAppidInvalid,
  miniprogramSecretMissing,
  miniprogramSecretInvalid,
  miniprogramGrantTypeExact,
  miniprogramCodeParamMissing,
  miniprogramFormBodyNotRead,
  miniprogramPostWithQuery,
  miniprogramExtraParamsIgnored,
  // Mobile-app login: the SDK's code at /sns/oauth2/access_token (ML§6)
  mobileappSuccessShape,
  mobileappUserinfoNoSexOrRegion,
  mobileappCodeSingleUse,
  mobileappCodeValidFor10Minutes,
  mobileappCodeExpiresAfter10Minutes,
  mobileappRefreshTokenOutlives30Days,
  mobileappRefreshTokenExpiresAfter180Days,
  // Server token: /cgi-bin/token (ML§5.1)
  servertokenSuccessShape,
  servertokenNewPerCall,
  servertokenPreviousWorks5Minutes,
  servertokenExpiresAfter7200Seconds,
  servertokenContentTypeJson,
  servertokenErrmsgRidWithoutComma,
  servertokenAppidMissing,
  servertokenAppidInvalid,
  servertokenSecretMissing,
  servertokenSecretInvalid,
  servertokenGrantTypeExact,
  // Stable token: /cgi-bin/stable_token (ML§5.2)
  stabletokenSuccessShape,
  stabletokenSameTokenWithTimeLeft,
  stabletokenApartFromToken,
  stabletokenForceRefresh,
  stabletokenForceRefreshEndsOldToken,
  stabletokenForceRefresh30SecondsApart,
  stabletokenNewTokenInLast5Minutes,
  stabletokenGetRefused,
  stabletokenBodyNotJson,
  stabletokenAppidMissing,
  stabletokenAppidInvalid,
  stabletokenSecretMissing,
  stabletokenSecretInvalid,
  stabletokenGrantTypeExact,
  // Followers: /cgi-bin/user/info (ML§7)
  followersNotFollowing,
  followersFollowerShape,
  followersStableTokenAccepted,
  followersOpenidOfAnotherApp,
  followersSnsTokenRefused,
  followersParametersMissing,
  // The session_key checks: /wxa/checksession (ML§2.2) and /wxa/resetusersessionkey (ML§2.3)
  checksessionOk,
  checksessionSignatureInvalid,
  checksessionDecodedKeyRefused,
  checksessionSigMethodInvalid,
  checksessionSnsTokenRefused,
  resetsessionkeyOk,
  resetsessionkeySignatureInvalid,
  resetsessionkeySigMethodInvalid,
  resetsessionkeySnsTokenRefused,
  // The phone number: /wxa/business/getuserphonenumber (ML§4)
  phonenumberSuccessShape,
  phonenumberCodeSingleUse,
  phonenumberCodeExpiresAfter5Minutes,
  phonenumberWxLoginCodeRefused,
  phonenumberCodeNotForJscode2session,
  phonenumberOpenidChecked,
  phonenumberGetRefused,
  // Identifier shapes (§7, §10)
  idsOpenidShape,
  idsUnionidShape,
  idsTokenShape,
  idsAccessTokenNotRefreshToken,
  idsCodeShape,
  idsHeadimgurlShape,
  idsOpenidStablePerApp,
  idsUnionidAcrossApps,
  idsOneIdentityAcrossChannels,
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
  pagesQrconnectRedirectUriAnyPath,
  pagesQrconnectErrorPageHtml,
  pagesQrconnectAppidInvalid,
  pagesQrconnectScopeInvalid,
  pagesQrconnectOfficialAccountAppid,
  pagesQrconnectMobileAppAppid,
  pagesQrconnectRedirectUriInvalid,
  pagesQrconnectRedirectUriOtherHost,
  pagesQrconnectRedirectUriMalformed,
  pagesAuthorizeConnectRedirect,
  pagesAuthorizeSnsapiBaseRedirect,
  pagesAuthorizeRedirectKeepsQuery,
  pagesAuthorizeCodeBeforeFragment,
  pagesAuthorizeEmptyState,
  pagesAuthorizeState128Bytes,
  pagesAuthorizeCodeExchanges,
  pagesAuthorizeStateTooLong,
  pagesAuthorizeRedirectUriInvalid,
  pagesAuthorizeScopeInvalid,
  pagesAuthorizeWebsiteAppid,
  pagesAuthorizeMobileAppAppid,
  pagesAuthorizeAppidInvalid,
  // Faults and the journal, through the control plane
  faultsMinuteQuota,
  faultsUserinfoSystemErrorRetry,
  journalRecordsCall,
];

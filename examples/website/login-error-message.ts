import { ErrCode, type StateRefusal, WeChatApiError, WeChatTransportError } from 'wechat-oauth-mock/client';

/** What a visitor is told when the login's state check fails, by reason. */
export function stateRefusalMessage(reason: StateRefusal): string {
  switch (reason) {
    case 'expired':
      return 'This login took too long. Please sign in again.';
    case 'replayed':
      return 'This login link was already used. Please sign in again.';
    default:
      return 'This login could not be verified as one you started here, so it was stopped. Please sign in again.';
  }
}

/** What a visitor is told when WeChat or the way to it failed; never the secret, never a stack trace. */
export function loginErrorMessage(error: unknown): string {
  if (error instanceof WeChatApiError) {
    switch (error.errcode) {
      case ErrCode.InvalidCode:
      case ErrCode.CodeBeenUsed:
      case ErrCode.CodeExpired:
        return 'This WeChat login has expired or was already used. Please sign in again.';
      case ErrCode.SystemError:
      case ErrCode.MinuteQuotaLimit:
      case ErrCode.DailyQuotaLimit:
        return 'WeChat is busy right now. Please try again in a moment.';
      case ErrCode.AccessTokenExpired:
      case ErrCode.RefreshTokenExpired:
      case ErrCode.InvalidRefreshToken:
        return 'Your WeChat sign-in has expired. Please sign in again.';
      default:
        return `WeChat refused the login (error ${error.errcode}). Please sign in again.`;
    }
  }
  if (error instanceof WeChatTransportError) return 'WeChat could not be reached. Please try again in a moment.';
  return 'Something went wrong while signing you in. Please try again.';
}

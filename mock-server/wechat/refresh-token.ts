import { ErrCode, type RefreshTokenResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireApp } from './require-app.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `GET /sns/oauth2/refresh_token` (reference §4): no secret; appid (41002/40013), grant_type (40002),
 * refresh_token (41003/40030/42002). The answer has no unionid. Under `fidelity.refreshAnswer: pre-2020`
 * it has the shape captured from 2015 to 2019: openid first, the scope as a list with a trailing comma
 * (ML§6.4).
 */
export function refreshAccessToken(request: SnsRequest, model: MockModel): RefreshTokenResponse {
  const app = requireApp(request, model);
  if (request.param('grant_type') !== 'refresh_token') throw new WeChatError(ErrCode.InvalidGrantType);
  const grant = model.tokens.refresh(app, request.require('refresh_token', ErrCode.RefreshTokenMissing));
  const expiresIn = app.effectiveLifetimes.accessTokenSeconds;
  if (model.config.fidelity.refreshAnswer === 'pre-2020') {
    return {
      openid: grant.openid,
      access_token: grant.accessToken,
      expires_in: expiresIn,
      refresh_token: grant.refreshToken,
      scope: pre2020Scope(grant.scope),
    };
  }
  return {
    access_token: grant.accessToken,
    expires_in: expiresIn,
    refresh_token: grant.refreshToken,
    openid: grant.openid,
    scope: grant.scope,
  };
}

/**
 * The scopes a grant includes, each followed by a comma: `snsapi_base,snsapi_userinfo,` for snsapi_userinfo
 * as captured (ML§6.4); for the other scopes, never captured in this shape, the scope and a comma (inferred).
 */
function pre2020Scope(scope: string): string {
  return scope === 'snsapi_userinfo' ? 'snsapi_base,snsapi_userinfo,' : `${scope},`;
}

import { ErrCode, type RefreshTokenResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireApp } from './require-app.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `GET /sns/oauth2/refresh_token` (reference §4): no secret; appid (41002/40013), grant_type (40002),
 * refresh_token (41003/40030/42002). The answer has no unionid.
 */
export function refreshAccessToken(request: SnsRequest, model: MockModel): RefreshTokenResponse {
  const app = requireApp(request, model);
  if (request.param('grant_type') !== 'refresh_token') throw new WeChatError(ErrCode.InvalidGrantType);
  const grant = model.tokens.refresh(app, request.require('refresh_token', ErrCode.RefreshTokenMissing));
  return {
    access_token: grant.accessToken,
    expires_in: app.effectiveLifetimes.accessTokenSeconds,
    refresh_token: grant.refreshToken,
    openid: grant.openid,
    scope: grant.scope,
  };
}

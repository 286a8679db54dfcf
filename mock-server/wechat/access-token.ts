import { type AccessTokenResponse, ErrCode } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { grantsProfile } from '../model/scopes.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireApp } from './require-app.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `GET /sns/oauth2/access_token` (reference §3): checks in WeChat's order, appid (41002/40013), secret
 * (41004/40125), grant_type (40002), code (41008/40029/40163), then issues tokens.
 */
export function exchangeCode(request: SnsRequest, model: MockModel): AccessTokenResponse {
  const app = requireApp(request, model);
  if (request.require('secret', ErrCode.AppsecretMissing) !== app.secret) {
    throw new WeChatError(ErrCode.InvalidAppsecret);
  }
  if (request.param('grant_type') !== 'authorization_code') throw new WeChatError(ErrCode.InvalidGrantType);
  const param = request.require('code', ErrCode.MissingCode);
  // A mini-program's codes are wx.login codes, for jscode2session only (ML§9, item 3).
  if (app.kind === 'mini-program') throw new WeChatError(ErrCode.InvalidCode);
  const code = model.codes.redeem(param, app);
  const grant = model.tokens.issue(app, code.persona, model.registry.openid(app, code.persona), code.scope);
  const body: AccessTokenResponse = {
    access_token: grant.accessToken,
    expires_in: app.effectiveLifetimes.accessTokenSeconds,
    refresh_token: grant.refreshToken,
    openid: grant.openid,
    scope: grant.scope,
  };
  // unionid only for profile grants of an app bound to an Open Platform account (reference §3.2, §10).
  const unionid = grantsProfile(grant.scope) ? model.registry.unionid(app, code.persona) : null;
  if (unionid !== null) body.unionid = unionid;
  return body;
}

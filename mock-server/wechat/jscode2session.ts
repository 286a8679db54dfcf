import { type Code2SessionResponse, ErrCode } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireApp } from './require-app.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `GET /sns/jscode2session` (ML§1): checks in the order of the code exchange (ML§1.5, §3.3), appid
 * (41002/40013), secret (41004/40125), grant_type (40002), js_code (41008/40029/40163), then answers
 * session_key, openid and, for a mini-program bound to an Open Platform account, unionid (ML§1.2, ML§1.3),
 * without errcode. Other parameters (the access_token WxJava and wechatpy add) are ignored (ML§1.1).
 */
export function code2Session(request: SnsRequest, model: MockModel): Code2SessionResponse {
  const app = requireApp(request, model);
  if (request.require('secret', ErrCode.AppsecretMissing) !== app.secret) {
    throw new WeChatError(ErrCode.InvalidAppsecret);
  }
  if (request.param('grant_type') !== 'authorization_code') throw new WeChatError(ErrCode.InvalidGrantType);
  const jsCode = request.require('js_code', ErrCode.MissingCode);
  // Only mini-programs have wx.login codes; another app's codes are OAuth codes, invalid here (ML§9, item 3).
  if (app.kind !== 'mini-program') throw new WeChatError(ErrCode.InvalidCode);
  const { persona } = model.codes.redeem(jsCode, app);
  const body: Code2SessionResponse = {
    session_key: model.sessionKeys.exchange(app, persona),
    openid: model.registry.openid(app, persona),
  };
  // Since 2021-02-23 a bound mini-program gets unionid from every code; unbound, the key is absent (ML§1.3).
  const unionid = model.registry.unionid(app, persona);
  if (unionid !== null) body.unionid = unionid;
  return body;
}

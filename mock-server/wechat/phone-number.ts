import { ErrCode, type PhoneNumberResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { phoneInfo } from '../model/phone-info.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireMiniProgramToken } from './server-token-auth.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `POST /wxa/business/getuserphonenumber?access_token=…` with `{"code": …, "openid"?: …}` (ML§4.2): a JSON POST
 * (GET 43002), the mini-program's server token, then the phone code: missing, unknown, expired, used or a
 * wx.login code → 40029 (reuse too, not 40163), another mini-program's → 40013; an `openid` that is not the
 * code's user → 40003 (inferred), the code left unused. The success carries errcode 0 and countryCode as a string.
 */
export function getUserPhoneNumber(request: SnsRequest, model: MockModel): PhoneNumberResponse {
  if (request.method !== 'POST') throw new WeChatError(ErrCode.RequirePostMethod);
  const app = requireMiniProgramToken(request, model);
  if (request.json === null || request.json === undefined) throw new WeChatError(ErrCode.DataFormatError);
  const code = request.field('code');
  if (code === undefined) throw new WeChatError(ErrCode.InvalidCode);
  const openid = request.field('openid');
  const pending = model.phoneCodes.peek(code);
  if (openid !== undefined && pending?.app.appid === app.appid) {
    if (model.registry.openid(app, pending.persona) !== openid) throw new WeChatError(ErrCode.InvalidOpenid);
  }
  const issued = model.phoneCodes.redeem(code, app);
  return { errcode: 0, errmsg: 'ok', phone_info: phoneInfo(issued.phone, issued.mintedAt, app.appid) };
}

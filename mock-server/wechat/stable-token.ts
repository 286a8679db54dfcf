import { ErrCode, type ServerTokenResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { checkClientCredential } from './client-credential.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `POST /cgi-bin/stable_token` (ML§5.2): a JSON POST only (a GET is 43002, a body that is no JSON object 47001,
 * inferred), the credential from the body, then the slot's current token with the time it has left, or a new
 * one (`force_refresh`, limited; ServerTokens.stable).
 */
export function issueStableToken(request: SnsRequest, model: MockModel): ServerTokenResponse {
  if (request.method !== 'POST') throw new WeChatError(ErrCode.RequirePostMethod);
  if (request.json === null || request.json === undefined) throw new WeChatError(ErrCode.DataFormatError);
  const credential = {
    appid: request.field('appid'),
    secret: request.field('secret'),
    grantType: request.field('grant_type'),
  };
  const app = checkClientCredential(credential, model);
  const issued = model.serverTokens.stable(app, request.json.force_refresh === true);
  return { access_token: issued.token, expires_in: issued.expiresIn };
}

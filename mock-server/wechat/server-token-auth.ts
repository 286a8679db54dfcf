import { ErrCode } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import type { App } from '../model/registry.js';
import type { ServerToken } from '../model/server-tokens.js';
import { WeChatError } from '../model/wechat-error.js';
import type { SnsRequest } from './sns-request.js';

/**
 * The server token a /cgi-bin or /wxa call carries in `access_token` (ML§5): 41001 when missing, then
 * ServerTokens.authorize (40014, 40001, 42001). Any /cgi-bin API that takes the token starts here.
 */
export function requireServerToken(request: SnsRequest, model: MockModel): ServerToken {
  return model.serverTokens.authorize(request.require('access_token', ErrCode.AccessTokenMissing));
}

/**
 * The mini-program behind a /wxa call's server token (ML§2, ML§4): an official account's token is not
 * authorised for these APIs, 48001 (inferred, docs/decisions/0028).
 */
export function requireMiniProgramToken(request: SnsRequest, model: MockModel): App {
  const { app } = requireServerToken(request, model);
  if (app.kind !== 'mini-program') throw new WeChatError(ErrCode.ApiUnauthorized);
  return app;
}

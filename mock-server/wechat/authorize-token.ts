import { ErrCode } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import type { Grant } from '../model/token-book.js';
import { WeChatError } from '../model/wechat-error.js';
import type { SnsRequest } from './sns-request.js';

/**
 * What /sns/auth and /sns/userinfo check first (reference §5): access_token present (41001), openid
 * present (41009), the token live (40014/40001/42001), and issued to that openid (40003).
 */
export function authorizeToken(request: SnsRequest, model: MockModel): Grant {
  const accessToken = request.require('access_token', ErrCode.AccessTokenMissing);
  const openid = request.require('openid', ErrCode.MissingOpenid);
  const grant = model.tokens.authorize(accessToken);
  if (grant.openid !== openid) throw new WeChatError(ErrCode.InvalidOpenid);
  return grant;
}

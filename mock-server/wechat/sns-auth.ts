import type { SnsAuthOkResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { authorizeToken } from './authorize-token.js';
import type { SnsRequest } from './sns-request.js';

/** `GET /sns/auth` (reference §5.1): `{"errcode":0,"errmsg":"ok"}` for a live token of that openid. */
export function checkAccessToken(request: SnsRequest, model: MockModel): SnsAuthOkResponse {
  authorizeToken(request, model);
  return { errcode: 0, errmsg: 'ok' };
}

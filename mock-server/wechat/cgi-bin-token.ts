import type { ServerTokenResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { checkClientCredential } from './client-credential.js';
import type { SnsRequest } from './sns-request.js';

/**
 * `GET /cgi-bin/token` (ML§5.1): the query string's credential, then a new token on every call (the previous
 * one works 5 more minutes), 45009 over the daily quota.
 */
export function issueServerToken(request: SnsRequest, model: MockModel): ServerTokenResponse {
  const credential = {
    appid: request.param('appid'),
    secret: request.param('secret'),
    grantType: request.param('grant_type'),
  };
  const app = checkClientCredential(credential, model);
  const issued = model.serverTokens.issue(app);
  return { access_token: issued.token, expires_in: issued.expiresIn };
}

import type { SnsEndpoint } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import type { SnsRequest } from './sns-request.js';

/**
 * Works out which app and persona an API request concerns, without redeeming or checking anything:
 * from its appid (in the JSON body for stable_token, ML§5.2), and from the code, refresh_token or
 * access_token it carries. Faults match on this and the journal records it.
 */
export function resolveSubject(endpoint: SnsEndpoint, request: SnsRequest, model: MockModel): void {
  let grant: { app: { appid: string }; persona: { key: string } } | undefined;
  switch (endpoint) {
    case '/sns/oauth2/access_token':
      grant = model.codes.peek(request.param('code') ?? '');
      break;
    case '/sns/jscode2session':
      grant = model.codes.peek(request.param('js_code') ?? '');
      break;
    case '/cgi-bin/token':
      return;
    case '/cgi-bin/stable_token':
      request.appid = request.field('appid');
      return;
    case '/wxa/checksession':
    case '/wxa/resetusersessionkey':
    case '/cgi-bin/user/info': {
      // The app behind the server token, and the persona behind the openid (ML§2, ML§7).
      const app = model.serverTokens.peek(request.param('access_token') ?? '')?.app;
      request.appid ??= app?.appid;
      const openid = request.param('openid');
      if (app !== undefined && openid !== undefined) request.persona = model.registry.personaByOpenid(app, openid)?.key;
      return;
    }
    case '/wxa/business/getuserphonenumber':
      request.appid ??= model.serverTokens.peek(request.param('access_token') ?? '')?.app.appid;
      grant = model.phoneCodes.peek(request.field('code') ?? '');
      break;
    case '/sns/oauth2/refresh_token':
      grant = model.tokens.peekRefresh(request.param('refresh_token') ?? '');
      break;
    default:
      grant = model.tokens.peekAccess(request.param('access_token') ?? '');
      request.appid ??= grant?.app.appid;
  }
  if (grant !== undefined && grant.app.appid === request.appid) request.persona = grant.persona.key;
}

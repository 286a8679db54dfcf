import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import { errorPage } from './error-page.js';
import { loginPage } from './login-page.js';
import type { PageResult } from './page-result.js';
import { redirectUriAllowed } from './redirect-uri.js';

/**
 * `GET /connect/qrconnect`, the website login (reference §1). Bad requests get WeChat's error page
 * (HTTP 200, never a redirect: reference §1.3), checked appid, then scope (an official account's appid
 * is a scope error), then redirect_uri. response_type is not required: wxLogin.js never sends it.
 */
export function qrconnect(ctx: Context, model: MockModel): PageResult {
  const q = (name: string) => queryParam(requestQuery(ctx), name);
  const app = model.registry.app(q('appid') ?? '');
  ctx.state.appid = q('appid');
  if (app === undefined) return errorPage(PageError.AppidInvalid);
  const scopes = (q('scope') ?? '').split(/[ ,]/).filter((s) => s !== '');
  if (app.kind !== 'website' || scopes.length === 0 || scopes.some((s) => s !== 'snsapi_login')) {
    return errorPage(PageError.ScopeInvalid);
  }
  const redirectUri = q('redirect_uri');
  if (redirectUri === undefined || !redirectUriAllowed(redirectUri, app, model.config.fidelity.strictRedirectPorts)) {
    return errorPage(PageError.RedirectUriInvalid);
  }
  const session = model.sessions.open({
    flow: 'qrconnect',
    app,
    redirectUri,
    state: q('state') ?? '',
    scope: 'snsapi_login',
    lang: q('lang') === 'en' ? 'en' : 'cn',
  });
  return loginPage(session, model.registry.personas);
}

import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import { errorPage } from './error-page.js';
import { answerAbout, type PageAnswer } from './page-result.js';
import { phoneUrl, reachedThroughLoopback } from './phone-url.js';
import { readQrDisplay } from './qr-display.js';
import { qrPage } from './qr-page.js';
import { redirectUriAllowed } from './redirect-uri.js';

/**
 * `GET /connect/qrconnect`, the website login (reference §1). Bad requests get WeChat's error page
 * (HTTP 200, never a redirect: reference §1.3), checked appid, then scope (an official account's appid
 * is a scope error), then redirect_uri. response_type is not required: wxLogin.js never sends it.
 * A good request opens a login session (the QR uuid) and shows the QR page.
 */
export function qrconnect(ctx: Context, model: MockModel): PageAnswer {
  const q = (name: string) => queryParam(requestQuery(ctx), name);
  const answer = answerAbout({ appid: q('appid'), persona: undefined });
  const app = model.registry.app(q('appid') ?? '');
  if (app === undefined) return answer(errorPage(PageError.AppidInvalid));
  const scopes = (q('scope') ?? '').split(/[ ,]/).filter((s) => s !== '');
  if (app.kind !== 'website' || scopes.length === 0 || scopes.some((s) => s !== 'snsapi_login')) {
    return answer(errorPage(PageError.ScopeInvalid));
  }
  const redirectUri = q('redirect_uri');
  const strictPorts = model.config.fidelity.strictRedirectPorts;
  // The page script turns `&amp;` back into `&` before navigating (reference §1.2): both forms must pass.
  if (
    redirectUri === undefined ||
    !redirectUriAllowed(redirectUri, app, strictPorts) ||
    !redirectUriAllowed(redirectUri.replace(/&amp;/g, '&'), app, strictPorts)
  ) {
    return answer(errorPage(PageError.RedirectUriInvalid));
  }
  const session = model.sessions.open({
    flow: 'qrconnect',
    app,
    redirectUri,
    state: q('state') ?? '',
    scope: 'snsapi_login',
    lang: q('lang') === 'en' ? 'en' : 'cn',
  });
  return answer(
    qrPage({
      session,
      display: readQrDisplay(q),
      personas: model.registry.personas,
      phoneUrl: phoneUrl(ctx, session.id),
      loopback: reachedThroughLoopback(ctx),
    }),
  );
}

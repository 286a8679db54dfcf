import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import type { LoginSession } from '../model/login-sessions.js';
import type { MockModel } from '../model/mock-model.js';
import { callbackUrl } from './callback-url.js';
import { errorPage } from './error-page.js';
import { type PageResult, redirectTo } from './page-result.js';

function openSession(ctx: Context, model: MockModel): LoginSession | undefined {
  const session = model.sessions.get(queryParam(requestQuery(ctx), 'uuid') ?? '');
  if (session !== undefined) ctx.state.appid = session.app.appid;
  return session;
}

/**
 * `GET /connect/confirm/allow?uuid=&persona=` (mock-only): the person approves as a persona; the session
 * ends and the browser goes to redirect_uri with a fresh code and the state (reference §1.2, §2).
 * An unknown persona leaves the session open, so the person can pick again.
 */
export function confirmAllow(ctx: Context, model: MockModel): PageResult {
  const session = openSession(ctx, model);
  if (session === undefined) return errorPage(PageError.LoginSessionExpired);
  const personaKey = queryParam(requestQuery(ctx), 'persona') ?? '';
  const persona = model.registry.persona(personaKey);
  if (persona === undefined) {
    return errorPage(PageError.LinkUnavailable, `No persona has the key ${personaKey}; go back and pick one.`);
  }
  model.sessions.close(session.id);
  ctx.state.persona = persona.key;
  const { code } = model.codes.mint(session.app, persona, session.scope);
  return redirectTo(callbackUrl(session.flow, session.redirectUri, code, session.state));
}

/** `GET /connect/confirm/deny?uuid=` (mock-only): WeChat's cancel text, and no redirect (reference §1.2). */
export function confirmDeny(ctx: Context, model: MockModel): PageResult {
  const session = openSession(ctx, model);
  if (session === undefined) return errorPage(PageError.LoginSessionExpired);
  model.sessions.close(session.id);
  return errorPage(PageError.LoginCancelled, PageError.LoginCancelledHint);
}

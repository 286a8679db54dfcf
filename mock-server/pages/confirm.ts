import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import { isAnswerable, type LoginSession } from '../model/login-sessions.js';
import type { MockModel } from '../model/mock-model.js';
import type { Persona } from '../model/registry.js';
import { callbackUrl } from './callback-url.js';
import { errorPage, messagePage } from './error-page.js';
import { answerAbout, type PageAnswer, redirectTo } from './page-result.js';

/** The login session named by `uuid` in the query, while it can still be allowed or denied. */
export function answerableSession(ctx: Context, model: MockModel): LoginSession | undefined {
  const session = model.sessions.get(queryParam(requestQuery(ctx), 'uuid') ?? '');
  return session === undefined || !isAnswerable(session) ? undefined : session;
}

/** A page answer about a login session's app (and, once known, the persona answering it). */
export const answerAboutSession = (session: LoginSession | undefined, persona?: Persona) =>
  answerAbout({ appid: session?.app.appid, persona: persona?.key });

/** The error page for a persona key that names nobody; the session stays open so the person can pick again. */
export const unknownPersonaPage = (key: string) =>
  errorPage(PageError.LinkUnavailable, `No persona has the key ${key}; go back and pick one.`);

/** The person allows as `persona`: a fresh code, and the session answers with it (reference §1.2). */
export function approve(model: MockModel, session: LoginSession, persona: Persona): LoginSession {
  const { code } = model.codes.mint(session.app, persona, session.scope);
  return model.sessions.confirm(session, code);
}

/** The code of a confirmed session. */
const codeOf = (session: LoginSession) => (session.progress.state === 'confirmed' ? session.progress.code : '');

/**
 * `GET /connect/confirm/allow?uuid=&persona=` (mock only): the person approves as a persona; the browser goes
 * to redirect_uri with a fresh code and the state (reference §1.2, §2). A QR page still polling this
 * session hears 405 with the same code. An unknown persona leaves the session open.
 */
export function confirmAllow(ctx: Context, model: MockModel): PageAnswer {
  const session = answerableSession(ctx, model);
  const answer = answerAboutSession(session);
  if (session === undefined) return answer(errorPage(PageError.LoginSessionExpired));
  const personaKey = queryParam(requestQuery(ctx), 'persona') ?? '';
  const persona = model.registry.persona(personaKey);
  if (persona === undefined) return answer(unknownPersonaPage(personaKey));
  const confirmed = approve(model, session, persona);
  return answerAboutSession(
    session,
    persona,
  )(redirectTo(callbackUrl(session.flow, session.redirectUri, codeOf(confirmed), session.state)));
}

/**
 * `GET /connect/confirm/deny?uuid=` (mock only), and no redirect: for the QR login WeChat's cancel text as the
 * desktop shows it (reference §1.2); on the official account's consent page, where WeChat shows nothing in
 * practice (reference §2), a plain note that the refusal is done, without the desktop's "scan again".
 */
export function confirmDeny(ctx: Context, model: MockModel): PageAnswer {
  const session = answerableSession(ctx, model);
  const answer = answerAboutSession(session);
  if (session === undefined) return answer(errorPage(PageError.LoginSessionExpired));
  model.sessions.cancel(session);
  if (session.flow === 'oauth2')
    return answer(messagePage('已拒绝授权', '公众号不会获得你的信息，可以关闭此页面', 'info', '微信授权'));
  return answer(errorPage(PageError.LoginCancelled, PageError.LoginCancelledHint));
}

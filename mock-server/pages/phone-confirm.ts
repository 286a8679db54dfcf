import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { readBodyText } from '../core/read-body-text.js';
import type { MockModel } from '../model/mock-model.js';
import { answerAboutSession, answerableSession, approve, unknownPersonaPage } from './confirm.js';
import { errorPage, messagePage } from './error-page.js';
import type { PageAnswer } from './page-result.js';
import { phonePage, phoneTexts } from './phone-page.js';

/** A form of a persona key and an action is small; anything larger is not the phone page's form. */
export const FORM_LIMIT_BYTES = 4096;

/**
 * `GET /connect/confirm?uuid=`, the URL inside the QR code (reference §1.2): the phone has scanned, so the
 * QR page's long poll now answers 404, and the phone shows who asks to log in, the personas and Allow / Deny.
 */
export function phoneConfirmPage(ctx: Context, model: MockModel): PageAnswer {
  const session = answerableSession(ctx, model);
  const answer = answerAboutSession(session);
  if (session?.flow !== 'qrconnect') return answer(errorPage(PageError.LoginSessionExpired));
  return answer(phonePage(model.sessions.scan(session), model.registry.personas));
}

/**
 * `POST /connect/confirm?uuid=` (mock only), the phone page's form `action=allow&persona=KEY` or
 * `action=deny`. Allow confirms the login (the desktop's long poll answers 405 and the desktop navigates);
 * the phone itself is never redirected. Deny cancels it (403 on the desktop, reference §1.2).
 */
export async function phoneAnswer(ctx: Context, model: MockModel): Promise<PageAnswer> {
  const form = new URLSearchParams((await readBodyText(ctx, FORM_LIMIT_BYTES)) ?? '');
  const session = answerableSession(ctx, model);
  const answer = answerAboutSession(session);
  if (session?.flow !== 'qrconnect') return answer(errorPage(PageError.LoginSessionExpired));
  const t = phoneTexts(session);
  if (form.get('action') === 'deny') {
    model.sessions.cancel(session);
    // The desktop shows WeChat's cancel text (§1.2, "您可再次扫描登录"); the phone that refused says so.
    return answer(messagePage(t.denied, t.deniedHint, 'info', t.title));
  }
  if (form.get('action') !== 'allow') return answer(errorPage(PageError.LinkUnavailable));
  const personaKey = form.get('persona') ?? '';
  const persona = model.registry.persona(personaKey);
  if (persona === undefined) return answer(unknownPersonaPage(personaKey));
  approve(model, session, persona);
  return answerAboutSession(session, persona)(messagePage(t.confirmed, t.confirmedHint, 'success', t.title));
}

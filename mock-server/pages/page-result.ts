import type { Context } from 'koa';
import type { RequestSubject } from '../logging/record-request.js';
import { Html, sendHtml } from './html.js';

/** A redirect an authorize page answers with. */
export interface Redirect {
  readonly status: 301 | 302;
  readonly location: string;
}

/** What a page handler decides: a page to show (always HTTP 200, as WeChat's are) or a redirect. */
export type PageResult = Html | Redirect;

/** What a page handler decides, and whom the request concerned (the request record needs both). */
export interface PageAnswer extends RequestSubject {
  readonly result: PageResult;
}

/** A page answer for a request about `subject`. */
export const answerAbout =
  (subject: RequestSubject) =>
  (result: PageResult): PageAnswer => ({ ...subject, result });

export const redirectTo = (location: string, status: 301 | 302 = 302): Redirect => ({ status, location });

export function sendPageResult(ctx: Context, result: PageResult): void {
  if (result instanceof Html) {
    sendHtml(ctx, result);
  } else {
    ctx.status = result.status;
    ctx.redirect(result.location);
  }
}

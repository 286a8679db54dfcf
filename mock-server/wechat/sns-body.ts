import type { Context } from 'koa';

/**
 * Writes an /sns answer as WeChat does (reference §9): HTTP 200 whatever happened, compact JSON in the
 * key order the object was built in, raw UTF-8, `/` escaped as `\/`, and the configured Content-Type
 * (WeChat's `text/plain` has no charset). Compact JSON holds `/` only inside strings, so replacing
 * every one is exact.
 */
export function writeSnsBody(ctx: Context, body: object, contentType: string): void {
  ctx.status = 200;
  // The header first: Koa then keeps it as it is and skips inferring a type from the body.
  ctx.set('Content-Type', contentType);
  ctx.body = snsBodyText(body);
}

/** An /sns answer's body as WeChat writes it (see `writeSnsBody`). */
export function snsBodyText(body: object): string {
  return JSON.stringify(body).replaceAll('/', '\\/');
}

/** An /sns answer: the body object and, for errors, its errcode. */
export interface SnsAnswer {
  readonly body: object;
  readonly errcode: number | undefined;
}

/** Writes an answer and notes its errcode for the request log and the journal. */
export function writeSnsAnswer(ctx: Context, answer: SnsAnswer, contentType: string): void {
  if (answer.errcode !== undefined) ctx.state.errcode = answer.errcode;
  writeSnsBody(ctx, answer.body, contentType);
}

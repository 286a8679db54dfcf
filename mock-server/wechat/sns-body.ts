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
  ctx.body = JSON.stringify(body).replaceAll('/', '\\/');
}

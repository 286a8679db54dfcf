import type { Context } from 'koa';

/**
 * Answers a control request with JSON. The body is handed to Koa as a string with its type already set:
 * given an object, Koa 3 checks it against the web-stream classes, and touching those makes Node 20 load
 * its web-streams internals on the first request (about 11 ms of cold start: docs/decisions/0005).
 */
export function reply(ctx: Context, value: unknown): void {
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.body = JSON.stringify(value);
}

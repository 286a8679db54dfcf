import { timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { ControlError } from './control-error.js';

/**
 * Demands `Authorization: Bearer <token>` on the control plane when a token is set (always when the mock
 * listens beyond loopback, unless started open). The comparison takes the same time whatever matches.
 */
export function controlAuth(token: string | null) {
  const expected = token === null ? null : Buffer.from(token);
  return async (ctx: Context, next: Next) => {
    if (expected !== null) {
      // The scheme name is case-insensitive (RFC 9110 §11.1); the token is not.
      const given = Buffer.from(/^bearer +(.*)$/i.exec(ctx.get('Authorization'))?.[1] ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        ctx.set('WWW-Authenticate', 'Bearer realm="wechat-oauth-mock control plane"');
        throw new ControlError(
          401,
          'unauthorized',
          'The control plane needs "Authorization: Bearer <token>" with the token the mock was started with (printed in its start banner).',
        );
      }
    }
    await next();
  };
}

import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import type { Clock } from '../core/clock.js';
import type { Logger } from './logger.js';

/** Logs each request once it is answered, with what the routes noted in ctx.state (appid, errcode). */
export function requestLog(logger: Logger, clock: Clock) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.request({
        time: new Date(clock.now()).toISOString(),
        method: ctx.method,
        path: ctx.path,
        appid: ctx.state.appid,
        status: ctx.status,
        errcode: ctx.state.errcode,
        durationMs: performance.now() - started,
      });
    }
  };
}

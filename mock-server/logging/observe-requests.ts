import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';

const CONTROL_PREFIX = '/__mock/';

/**
 * Once each request is answered: one log line for every request, and a journal entry for each one to a
 * WeChat-facing route, with what the routes noted in ctx.state (appid, persona, errcode, fault).
 */
export function observeRequests(logger: Logger, model: MockModel) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const durationMs = performance.now() - started;
      const dropped = ctx.state.fault?.type === 'drop-connection';
      if (logger.logsRequests) {
        logger.request({
          time: new Date(model.clock.now()).toISOString(),
          method: ctx.method,
          path: ctx.path,
          appid: ctx.state.appid,
          status: dropped ? 0 : ctx.status,
          errcode: ctx.state.errcode,
          durationMs,
        });
      }
      if (!ctx.path.startsWith(CONTROL_PREFIX)) {
        const body = ctx.body;
        model.journal.record({
          method: ctx.method,
          path: ctx.path,
          query: requestQuery(ctx),
          appid: ctx.state.appid ?? null,
          persona: ctx.state.persona ?? null,
          status: dropped ? 0 : ctx.status,
          errcode: ctx.state.errcode ?? null,
          body:
            !ctx.path.startsWith('/sns/') || dropped
              ? null
              : Buffer.isBuffer(body)
                ? body.toString()
                : String(body ?? ''),
          location: ctx.response.get('Location') || null,
          durationMs,
          fault: ctx.state.fault ?? null,
        });
      }
    }
  };
}

import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';
import { recordRequest } from './record-request.js';

/** Koa's response headers as strings (a list joined as Node would send it: comma-separated). */
function headerTexts(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/**
 * Koa middleware: once each request is answered, logs it and journals it (`recordRequest`) with what the
 * routes noted in ctx.state (appid, persona, errcode, fault).
 */
export function observeRequests(logger: Logger, model: MockModel) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      recordRequest(logger, model, {
        method: ctx.method,
        path: ctx.path,
        query: requestQuery(ctx),
        appid: ctx.state.appid,
        persona: ctx.state.persona,
        status: ctx.status,
        errcode: ctx.state.errcode,
        headers: headerTexts(ctx.response.headers),
        body: ctx.body,
        location: ctx.response.get('Location') || null,
        durationMs: performance.now() - started,
        fault: ctx.state.fault,
      });
    }
  };
}

import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { requestQuery } from '../core/request-query.js';
import type { RouteDispatch } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';
import { NO_SUBJECT, type RequestSubject, recordRequest } from './record-request.js';

/**
 * Koa middleware: answers with the WeChat-facing `routes`, else passes on (the control plane, or Koa's
 * 404); once the request is answered, logs and journals it (`recordRequest`) with whom the route said it
 * concerned.
 */
export function observeRequests(logger: Logger, model: MockModel, routes: RouteDispatch) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    let subject: RequestSubject = NO_SUBJECT;
    try {
      const routed = routes(ctx);
      if (routed === undefined) await next();
      else subject = await routed;
    } finally {
      recordRequest(logger, model, {
        method: ctx.method,
        path: ctx.path,
        query: requestQuery(ctx),
        appid: subject.appid,
        persona: subject.persona,
        status: ctx.status,
        errcode: undefined,
        body: undefined,
        location: ctx.response.get('Location') || null,
        durationMs: performance.now() - started,
        fault: undefined,
      });
    }
  };
}

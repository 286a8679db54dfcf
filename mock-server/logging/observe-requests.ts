import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { requestQuery } from '../core/request-query.js';
import type { RouteDispatch } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';
import { NO_SUBJECT, type RequestRecord, type RequestSubject } from './record-request.js';

/** The status Koa answers for an error a route threw: its own 4xx/5xx status, else 500. */
function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/**
 * Koa middleware: answers with `routes` when one takes the request, else passes on; once the request is
 * answered, hands its record, with whom the route said it concerned, to `record` (`recordRequest` for the
 * WeChat-facing pages, `logRequest` for the control plane). When a route threw, the status recorded is the
 * one Koa will answer, not the 404 a context starts with.
 */
export function observeRequests(
  logger: Logger,
  model: MockModel,
  record: (logger: Logger, model: MockModel, seen: RequestRecord) => void,
  routes: RouteDispatch = () => undefined,
) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    let subject: RequestSubject = NO_SUBJECT;
    let thrown: number | undefined;
    try {
      const routed = routes(ctx);
      if (routed === undefined) await next();
      else subject = await routed;
    } catch (error) {
      thrown = statusOf(error);
      throw error;
    } finally {
      record(logger, model, {
        method: ctx.method,
        path: ctx.path,
        query: requestQuery(ctx),
        appid: subject.appid,
        persona: subject.persona,
        status: thrown ?? ctx.status,
        errcode: undefined,
        headers: undefined,
        body: undefined,
        location: ctx.response.get('Location') || null,
        durationMs: performance.now() - started,
        fault: undefined,
      });
    }
  };
}

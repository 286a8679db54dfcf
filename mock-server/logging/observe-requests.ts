import { performance } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';
import { type AnsweredRequest, recordRequest } from './record-request.js';

/** The status Koa answers for an error a route threw: its own 4xx/5xx status, else 500. */
function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/**
 * Koa middleware: once each request is answered, hands what the routes noted in ctx.state (appid, persona,
 * errcode, fault) to `record`: logged and journalled by default, only logged for the control plane.
 * When a route threw, the status recorded is the one Koa will answer, not the 404 a context starts with.
 */
export function observeRequests(
  logger: Logger,
  model: MockModel,
  record: (logger: Logger, model: MockModel, seen: AnsweredRequest) => void = recordRequest,
) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    let thrown: number | undefined;
    try {
      await next();
    } catch (error) {
      thrown = statusOf(error);
      throw error;
    } finally {
      record(logger, model, {
        method: ctx.method,
        path: ctx.path,
        query: requestQuery(ctx),
        appid: ctx.state.appid,
        persona: ctx.state.persona,
        status: thrown ?? ctx.status,
        errcode: ctx.state.errcode,
        body: ctx.body,
        location: ctx.response.get('Location') || null,
        durationMs: performance.now() - started,
        fault: ctx.state.fault,
      });
    }
  };
}

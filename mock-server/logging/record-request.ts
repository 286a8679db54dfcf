import type { ParsedUrlQuery } from 'node:querystring';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';

/** What became of one request, as the HTTP layer that answered it saw it. */
export interface AnsweredRequest {
  readonly method: string;
  readonly path: string;
  readonly query: ParsedUrlQuery;
  readonly appid: string | undefined;
  readonly persona: string | undefined;
  /** The HTTP status answered; ignored when a fault dropped the connection. */
  readonly status: number;
  readonly errcode: number | undefined;
  /** The response body (string or Buffer); only /sns bodies are journalled. */
  readonly body: unknown;
  readonly location: string | null;
  readonly durationMs: number;
  readonly fault: { readonly id: string; readonly type: string } | undefined;
}

/** Once a request is answered: its log line (every request, the control plane's too). */
export function logRequest(logger: Logger, model: MockModel, seen: AnsweredRequest): void {
  if (!logger.logsRequests) return;
  logger.request({
    time: new Date(model.clock.now()).toISOString(),
    method: seen.method,
    path: seen.path,
    appid: seen.appid,
    status: seen.fault?.type === 'drop-connection' ? 0 : seen.status,
    errcode: seen.errcode,
    durationMs: seen.durationMs,
  });
}

/**
 * Once a request to a WeChat-facing route is answered: its log line and its journal entry. Control requests
 * never come here: `controlGate` takes them first and only logs them.
 */
export function recordRequest(logger: Logger, model: MockModel, seen: AnsweredRequest): void {
  logRequest(logger, model, seen);
  const dropped = seen.fault?.type === 'drop-connection';
  const status = dropped ? 0 : seen.status;
  const body = seen.body;
  model.journal.record({
    method: seen.method,
    path: seen.path,
    query: seen.query,
    appid: seen.appid ?? null,
    persona: seen.persona ?? null,
    status,
    errcode: seen.errcode ?? null,
    body:
      !seen.path.startsWith('/sns/') || dropped ? null : Buffer.isBuffer(body) ? body.toString() : String(body ?? ''),
    location: seen.location,
    durationMs: seen.durationMs,
    fault: seen.fault ?? null,
  });
}

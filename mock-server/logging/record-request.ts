import type { ParsedUrlQuery } from 'node:querystring';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';

const CONTROL_PREFIX = '/__mock/';

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
  /** The response headers as sent; only /sns headers are journalled. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body (string or Buffer); only /sns bodies are journalled. */
  readonly body: unknown;
  readonly location: string | null;
  readonly durationMs: number;
  readonly fault: { readonly id: string; readonly type: string } | undefined;
}

/**
 * Once a request is answered: one log line for every request, and a journal entry for each one to a
 * WeChat-facing route (not the control plane).
 */
export function recordRequest(logger: Logger, model: MockModel, seen: AnsweredRequest): void {
  const dropped = seen.fault?.type === 'drop-connection';
  const status = dropped ? 0 : seen.status;
  if (logger.logsRequests) {
    logger.request({
      time: new Date(model.clock.now()).toISOString(),
      method: seen.method,
      path: seen.path,
      appid: seen.appid,
      status,
      errcode: seen.errcode,
      durationMs: seen.durationMs,
    });
  }
  if (seen.path.startsWith(CONTROL_PREFIX)) return;
  const body = seen.body;
  const sns = seen.path.startsWith('/sns/');
  model.journal.record({
    method: seen.method,
    path: seen.path,
    query: seen.query,
    appid: seen.appid ?? null,
    persona: seen.persona ?? null,
    status,
    errcode: seen.errcode ?? null,
    headers: sns && !dropped ? seen.headers : null,
    body: sns && !dropped ? (Buffer.isBuffer(body) ? body.toString() : String(body ?? '')) : null,
    location: seen.location,
    durationMs: seen.durationMs,
    fault: seen.fault ?? null,
  });
}

import type { ParsedUrlQuery } from 'node:querystring';
import { isApiPath } from '../core/api-path.js';
import type { MockModel } from '../model/mock-model.js';
import type { Logger } from './logger.js';

/**
 * Whom a request concerned, as the route that answered it worked out. Both fields are required (undefined
 * when unknown) so that no route can leave them out by forgetting: the journal's per-app and per-persona
 * filters read them.
 */
export interface RequestSubject {
  readonly appid: string | undefined;
  readonly persona: string | undefined;
}

/** A request that concerned no app and no persona (or none that the route could tell). */
export const NO_SUBJECT: RequestSubject = { appid: undefined, persona: undefined };

/** The fault that answered a request instead of the endpoint. */
export interface FaultNote {
  readonly id: string;
  readonly type: string;
}

/**
 * What became of one request: the one record its log line and its journal entry are both made from,
 * filled by the layer that answered it (the /sns listener, the Koa observer for pages, the control gate).
 */
export interface RequestRecord extends RequestSubject {
  readonly method: string;
  readonly path: string;
  readonly query: ParsedUrlQuery;
  /** The HTTP status answered; ignored when a fault dropped the connection. */
  readonly status: number;
  readonly errcode: number | undefined;
  /** The response headers as sent (names lowercase; undefined: not kept); only API answers' (/sns, /cgi-bin, /wxa) are journalled. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** The body of an API answer as sent (undefined: none); other routes' bodies are not journalled. */
  readonly body: string | undefined;
  readonly location: string | null;
  readonly durationMs: number;
  readonly fault: FaultNote | undefined;
}

/** Once a request is answered: its log line (every request, the control plane's too). */
export function logRequest(logger: Logger, model: MockModel, seen: RequestRecord): void {
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
export function recordRequest(logger: Logger, model: MockModel, seen: RequestRecord): void {
  logRequest(logger, model, seen);
  journalRequest(model, seen);
}

/**
 * The journal entry of a request to a WeChat-facing route. The /sns listener makes it inside the request's
 * unit of work, so that a shared store appends it with the commit (docs/decisions/0031), and logs after.
 */
export function journalRequest(model: MockModel, seen: RequestRecord): void {
  const dropped = seen.fault?.type === 'drop-connection';
  model.journal.record({
    method: seen.method,
    path: seen.path,
    query: seen.query,
    appid: seen.appid ?? null,
    persona: seen.persona ?? null,
    status: dropped ? 0 : seen.status,
    errcode: seen.errcode ?? null,
    headers: !isApiPath(seen.path) || dropped ? null : (seen.headers ?? null),
    body: !isApiPath(seen.path) || dropped ? null : (seen.body ?? ''),
    location: seen.location,
    durationMs: seen.durationMs,
    fault: seen.fault ?? null,
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type ParsedUrlQuery, parse } from 'node:querystring';
import { ErrCode, type SnsEndpoint } from '../../contract/index.js';
import { isApiPath } from '../core/api-path.js';
import type { Logger } from '../logging/logger.js';
import {
  type FaultNote,
  journalRequest,
  logRequest,
  NO_SUBJECT,
  type RequestRecord,
  type RequestSubject,
} from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import { StoreUnavailableError } from '../store/store-unavailable-error.js';
import { applyFault, DROP_CONNECTION } from './apply-fault.js';
import type { SnsEndpoints } from './sns-endpoints.js';
import { hasFormBody, readFormBody, SNS_FORM_LIMIT_BYTES } from './sns-form-body.js';
import { readJsonBody } from './sns-json-body.js';
import { type SnsReply, snsReply, snsReplyHeaders, writeSnsReply } from './sns-reply.js';
import type { RequestBody, SnsRequest } from './sns-request.js';

/**
 * WeChat's answer to a path api.weixin.qq.com does not have: HTTP 200 with errcode 40066 `invalid url`
 * (reference §8; captured on cgi-bin paths in 2016-2017 as `invalid url hint: [...]`, on /sns inferred,
 * docs/decisions/0017), with today's suffix.
 */
const INVALID_URL = { errcode: 40066, errmsg: 'invalid url' } as const;

/** What a request was, as its record notes it. */
interface Seen {
  readonly method: string;
  readonly path: string;
  readonly query: ParsedUrlQuery;
  /** performance.now() when the request arrived. */
  readonly started: number;
}

/** A request answered: what goes on the wire and the record of it. */
interface Settled {
  readonly reply: SnsReply | typeof DROP_CONNECTION;
  readonly headers: Record<string, string> | undefined;
  readonly record: RequestRecord;
}

/** A request a delay fault holds: answered normally after `ms`. */
interface Delayed {
  readonly request: SnsRequest;
  readonly note: FaultNote;
  readonly ms: number;
}

/** The answer to an error thrown outside an endpoint (never expected: endpoints turn errors into -1). */
const INTERNAL_ERROR: SnsReply = {
  status: 500,
  contentType: 'text/plain; charset=utf-8',
  body: 'Internal Server Error',
  errcode: undefined,
};

/** The path and query string of a request target, in origin form (`/p?q`) or absolute form (`http://h/p?q`). */
function splitTarget(url: string): [path: string, query: string] {
  let target = url;
  if (!target.startsWith('/')) {
    try {
      const absolute = new URL(target);
      target = absolute.pathname + absolute.search;
    } catch {
      return [target, ''];
    }
  }
  const hash = target.indexOf('#');
  if (hash !== -1) target = target.slice(0, hash);
  const queryStart = target.indexOf('?');
  return queryStart === -1 ? [target, ''] : [target.slice(0, queryStart), target.slice(queryStart + 1)];
}

/**
 * The one implementation of the API endpoints (/sns, /cgi-bin, /wxa) over HTTP (docs/decisions/0014): a plain Node request
 * listener in front of Koa, whose context and middleware chain cost more than the endpoints themselves.
 * GET, HEAD and POST are answered here, faults included (reference §9), and so is any other /sns, /cgi-bin
 * or /wxa path (40066, as WeChat's API answers an unknown URL); any other path or method is left to Koa
 * (returns false). Per request: read the parameters (query string, then a form-encoded POST body
 * unless `fidelity.formBody` is off or the endpoint reads its query only, reference §3.1, ML§1.1; or the
 * JSON body of the endpoints that take one, ML§5.2), work
 * out the app and persona the request concerns, let a scripted fault answer if one fires, else answer;
 * then one request record for the log and the journal.
 */
export function snsListener(sns: SnsEndpoints, model: MockModel, logger: Logger) {
  const { shared } = model;
  /**
   * The answer to a request, with its record: the journal entry is made here, inside the request's unit of
   * work on a shared store, so that the commit appends it (docs/decisions/0031); the log line once it is sent.
   */
  const settle = (
    seen: Seen,
    request: RequestSubject,
    reply: SnsReply | typeof DROP_CONNECTION,
    fault: FaultNote | undefined,
  ): Settled => {
    const dropped = reply === DROP_CONNECTION;
    const headers = dropped ? undefined : snsReplyHeaders(reply);
    const record: RequestRecord = {
      method: seen.method,
      path: seen.path,
      query: seen.query,
      appid: request.appid,
      persona: request.persona,
      status: dropped ? 0 : reply.status,
      errcode: dropped ? undefined : reply.errcode,
      headers,
      body: dropped ? undefined : reply.body.toString(),
      location: null,
      durationMs: performance.now() - seen.started,
      fault,
    };
    journalRequest(model, record);
    return { reply, headers, record };
  };
  /** Sends a settled answer (or drops the connection), then logs it. */
  const send = (res: ServerResponse, { reply, headers, record }: Settled): void => {
    if (reply === DROP_CONNECTION) res.socket?.destroy();
    else writeSnsReply(res, reply, headers as Record<string, string>, record.method);
    logRequest(logger, model, record);
  };
  /**
   * Works out the app and persona the request concerns, lets a scripted fault answer if one fires, else the
   * endpoint: on a shared store one unit of work, atomic across processes (docs/decisions/0026). A delay
   * fault is a number: the wait happens outside the unit.
   */
  const decide = (seen: Seen, endpoint: SnsEndpoint, body: RequestBody, remoteAddress: string): Settled | Delayed => {
    const request = sns.subject(endpoint, seen.query, body, seen.method, remoteAddress);
    const rule = model.faults.pick({ endpoint, appid: request.appid, persona: request.persona });
    const contentType = sns.contentType(endpoint);
    if (rule === undefined)
      return settle(seen, request, snsReply(sns.answer(endpoint, request), contentType), undefined);
    const note = { id: rule.id, type: rule.effect.type };
    const { effect } = rule;
    if (effect.type === 'delay') return { request, note, ms: effect.ms };
    const reply = applyFault(effect, {
      endpoint,
      request,
      model,
      contentType,
      normal: () => sns.answer(endpoint, request),
      error: (errcode, errmsg) => sns.error(endpoint, errcode, errmsg, request),
    });
    return settle(seen, request, reply, note);
  };
  /** After a delay fault's wait: the normal answer, in a unit of work of its own. */
  const afterDelay = async (seen: Seen, endpoint: SnsEndpoint, { request, note, ms }: Delayed): Promise<Settled> => {
    await new Promise((resolve) => setTimeout(resolve, ms).unref());
    return model.transact(() =>
      settle(seen, request, snsReply(sns.answer(endpoint, request), sns.contentType(endpoint)), note),
    );
  };
  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: SnsEndpoint,
    query: ParsedUrlQuery,
    body: RequestBody,
    started: number,
  ): void => {
    const seen: Seen = { method: req.method as string, path: endpoint, query, started };
    const remoteAddress = req.socket.remoteAddress ?? '';
    const settled = (done: Settled | Delayed): void | Promise<void> => {
      if ('reply' in done) send(res, done);
      else return afterDelay(seen, endpoint, done).then((late) => send(res, late));
    };
    if (shared === null) {
      const done = settled(decide(seen, endpoint, body, remoteAddress));
      done?.catch(fail(res, logger));
      return;
    }
    shared
      .run(() => decide(seen, endpoint, body, remoteAddress))
      .then(settled)
      .catch((thrown: unknown) => {
        if (!(thrown instanceof StoreUnavailableError)) return fail(res, logger)(thrown);
        // WeChat's `-1 system error`; nothing was written, and the journal entry is attempted outside a unit.
        const reply = snsReply(sns.error(endpoint, ErrCode.SystemError), sns.contentType(endpoint));
        send(res, settle(seen, NO_SUBJECT, reply, undefined));
      });
  };

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const [path, queryString] = splitTarget(req.url ?? '');
    const method = req.method;
    if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') return false;
    const endpoint = sns.endpoint(path);
    if (endpoint === undefined && !isApiPath(path)) return false;
    const started = performance.now();
    try {
      const query = parse(queryString);
      if (endpoint === undefined) {
        const reply = snsReply(sns.error(path, INVALID_URL.errcode, INVALID_URL.errmsg), sns.contentType(path));
        send(res, settle({ method, path, query, started }, NO_SUBJECT, reply, undefined));
        return true;
      }
      const bodyKind = method === 'POST' ? sns.bodyKind(endpoint) : undefined;
      let body: Promise<RequestBody> | undefined;
      if (bodyKind === 'json') body = readJsonBody(req).then((json) => ({ json }));
      else if (bodyKind === 'form' && hasFormBody(req)) {
        body = readFormBody(req, SNS_FORM_LIMIT_BYTES).then((form) => (form === undefined ? {} : { form }));
      }
      if (body === undefined) answer(req, res, endpoint, query, {}, started);
      else {
        body.then(
          (read) => {
            try {
              answer(req, res, endpoint, query, read, started);
            } catch (error) {
              fail(res, logger)(error);
            }
          },
          // The client went away while sending its body: nobody is left to answer.
          () => res.destroy(),
        );
      }
    } catch (error) {
      fail(res, logger)(error);
    }
    return true;
  };
}

/** Logs an error thrown outside an endpoint and answers 500, as a web framework would. */
const fail = (res: ServerResponse, logger: Logger) => (error: unknown) => {
  logger.error('request failed', error);
  if (!res.headersSent) writeSnsReply(res, INTERNAL_ERROR, snsReplyHeaders(INTERNAL_ERROR), res.req.method ?? 'GET');
};

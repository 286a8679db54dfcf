import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type ParsedUrlQuery, parse } from 'node:querystring';
import { ErrCode, type SnsEndpoint } from '../../contract/index.js';
import { isApiPath } from '../core/api-path.js';
import type { Logger } from '../logging/logger.js';
import { type FaultNote, NO_SUBJECT, type RequestSubject, recordRequest } from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import type { SharedStore } from '../store/shared-store.js';
import { StoreUnavailableError } from '../store/store-unavailable-error.js';
import { applyFault, DROP_CONNECTION } from './apply-fault.js';
import type { SnsEndpoints } from './sns-endpoints.js';
import { hasFormBody, readFormBody, SNS_FORM_LIMIT_BYTES } from './sns-form-body.js';
import { readJsonBody } from './sns-json-body.js';
import { type SnsReply, snsReply, writeSnsReply } from './sns-reply.js';
import type { RequestBody } from './sns-request.js';

/**
 * WeChat's answer to a path api.weixin.qq.com does not have: HTTP 200 with errcode 40066 `invalid url`
 * (reference §8; captured on cgi-bin paths in 2016-2017 as `invalid url hint: [...]`, on /sns inferred,
 * docs/decisions/0017), with today's suffix.
 */
const INVALID_URL = { errcode: 40066, errmsg: 'invalid url' } as const;

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
  /** Sends a reply (or drops the connection), then makes the one request record for the log and journal. */
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    seen: { path: string; query: ParsedUrlQuery; request: RequestSubject; started: number },
    reply: SnsReply | typeof DROP_CONNECTION,
    fault: FaultNote | undefined,
  ): void => {
    const method = req.method as string;
    let headers: Record<string, string> | undefined;
    if (reply === DROP_CONNECTION) req.socket.destroy();
    else headers = writeSnsReply(res, reply, method);
    recordRequest(logger, model, {
      method,
      path: seen.path,
      query: seen.query,
      appid: seen.request.appid,
      persona: seen.request.persona,
      status: reply === DROP_CONNECTION ? 0 : reply.status,
      errcode: reply === DROP_CONNECTION ? undefined : reply.errcode,
      headers,
      body: reply === DROP_CONNECTION ? undefined : reply.body.toString(),
      location: null,
      durationMs: performance.now() - seen.started,
      fault,
    });
  };
  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: SnsEndpoint,
    query: ParsedUrlQuery,
    body: RequestBody,
    started: number,
  ): void => {
    const method = req.method as string;
    if (shared !== null) {
      answerShared(shared, req, res, endpoint, query, body, started);
      return;
    }
    const request = sns.subject(endpoint, query, body, method, req.socket.remoteAddress ?? '');
    const seen = { path: endpoint, query, request, started };
    const rule = model.faults.pick({ endpoint, appid: request.appid, persona: request.persona });
    if (rule === undefined) {
      send(req, res, seen, snsReply(sns.answer(endpoint, request), sns.contentType(endpoint)), undefined);
      return;
    }
    const note = { id: rule.id, type: rule.effect.type };
    const reply = applyFault(rule.effect, {
      endpoint,
      request,
      model,
      contentType: sns.contentType(endpoint),
      normal: () => sns.answer(endpoint, request),
      error: (errcode, errmsg) => sns.error(endpoint, errcode, errmsg, request),
    });
    if (reply instanceof Promise) reply.then((delayed) => send(req, res, seen, delayed, note)).catch(fail(res, logger));
    else send(req, res, seen, reply, note);
  };

  /**
   * The same steps on a shared store (docs/decisions/0026): the subject, the fault pick and the answer are one
   * unit of work, atomic across processes; a delay fault waits outside it and answers in a second one. The
   * store unreachable is WeChat's `-1 system error`, and nothing was written.
   */
  const answerShared = (
    store: SharedStore,
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: SnsEndpoint,
    query: ParsedUrlQuery,
    body: RequestBody,
    started: number,
  ): void => {
    const method = req.method as string;
    const contentType = sns.contentType(endpoint);
    const error = (errcode: number, errmsg?: string) => sns.error(endpoint, errcode, errmsg);
    const decide = () => {
      const request = sns.subject(endpoint, query, body, method, req.socket.remoteAddress ?? '');
      const rule = model.faults.pick({ endpoint, appid: request.appid, persona: request.persona });
      const normal = () => sns.answer(endpoint, request);
      if (rule === undefined) return { request, note: undefined, reply: snsReply(normal(), contentType) };
      const note = { id: rule.id, type: rule.effect.type };
      if (rule.effect.type === 'delay') return { request, note, reply: rule.effect.ms };
      const reply = applyFault(rule.effect, {
        endpoint,
        request,
        model,
        contentType,
        normal,
        error: (errcode, errmsg) => sns.error(endpoint, errcode, errmsg, request),
      });
      return { request, note, reply: reply as SnsReply | typeof DROP_CONNECTION };
    };
    store
      .run(decide)
      .then(async ({ request, note, reply }) => {
        const seen = { path: endpoint, query, request, started };
        if (typeof reply !== 'number') return send(req, res, seen, reply, note);
        await new Promise((resolve) => setTimeout(resolve, reply).unref());
        const delayed = await store.run(() => sns.answer(endpoint, request));
        send(req, res, seen, snsReply(delayed, contentType), note);
      })
      .catch((thrown: unknown) => {
        if (!(thrown instanceof StoreUnavailableError)) return fail(res, logger)(thrown);
        const reply = snsReply(error(ErrCode.SystemError), contentType);
        send(req, res, { path: endpoint, query, request: NO_SUBJECT, started }, reply, undefined);
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
        send(req, res, { path, query, request: NO_SUBJECT, started }, reply, undefined);
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
  if (!res.headersSent) writeSnsReply(res, INTERNAL_ERROR, res.req.method ?? 'GET');
};

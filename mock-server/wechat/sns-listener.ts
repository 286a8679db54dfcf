import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parse } from 'node:querystring';
import type { Logger } from '../logging/logger.js';
import { recordRequest } from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import { snsBodyText } from './sns-body.js';
import type { SnsEndpoints } from './sns-endpoints.js';

/** Characters that make Koa's URL parser (parseurl) leave its fast path; such URLs are left to Koa. */
const UNUSUAL_URL = /[\t\n\f\r #\u00a0\ufeff]/;

/** Koa's answer to an error thrown outside an endpoint (never expected: endpoints turn errors into -1). */
const INTERNAL_ERROR = 'Internal Server Error';

/**
 * Answers the four /sns endpoints in a plain Node request listener, before Koa builds its context: on
 * the hot path Koa's context, compose and middleware chain cost more than the endpoints themselves
 * (docs/decisions/0011). The answer, its headers, the request log line and the journal entry are the
 * ones the Koa routes give (sns-routes.ts): both run `SnsEndpoints` and `recordRequest`. Returns false,
 * leaving the request to Koa, for any other path or method, an unusual URL, and whenever a fault rule is
 * set (faults keep their single implementation in the Koa routes).
 */
export function snsListener(sns: SnsEndpoints, model: MockModel, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    const queryStart = url.indexOf('?');
    const endpoint = sns.endpoint(queryStart === -1 ? url : url.slice(0, queryStart));
    const method = req.method ?? '';
    if (
      endpoint === undefined ||
      (method !== 'GET' && method !== 'POST' && method !== 'HEAD') ||
      model.faults.size !== 0 ||
      UNUSUAL_URL.test(url)
    ) {
      return false;
    }
    try {
      const started = performance.now();
      const query = parse(queryStart === -1 ? '' : url.slice(queryStart + 1));
      const request = sns.subject(endpoint, query);
      const answer = sns.answer(endpoint, request, method);
      const body = snsBodyText(answer.body);
      const headers = {
        'content-type': model.config.fidelity.contentType,
        'content-length': String(Buffer.byteLength(body)),
      };
      recordRequest(logger, model, {
        method,
        path: endpoint,
        query,
        appid: request.appid,
        persona: request.persona,
        status: 200,
        errcode: answer.errcode,
        headers,
        body,
        location: null,
        durationMs: performance.now() - started,
        fault: undefined,
      });
      writeText(res, 200, headers, body, method);
    } catch (error) {
      logger.error('request failed', error);
      if (!res.headersSent) {
        const headers = {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': String(Buffer.byteLength(INTERNAL_ERROR)),
        };
        writeText(res, 500, headers, INTERNAL_ERROR, method);
      }
    }
    return true;
  };
}

/** Writes a text answer with the headers Koa gives a string body (HEAD: the same headers, no body). */
function writeText(
  res: ServerResponse,
  status: number,
  headers: { readonly 'content-type': string; readonly 'content-length': string },
  body: string,
  method: string,
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', headers['content-type']);
  res.setHeader('Content-Length', headers['content-length']);
  if (method === 'HEAD') res.end();
  else res.end(body);
}

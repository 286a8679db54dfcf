import type { ParsedUrlQuery } from 'node:querystring';
import { ErrCode, errmsgs, type SnsEndpoint } from '../../contract/index.js';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { MissingRecords } from '../store/unit-of-work.js';
import { exchangeCode } from './access-token.js';
import { withErrmsgSuffix } from './errmsg-suffix.js';
import { code2Session } from './jscode2session.js';
import { refreshAccessToken } from './refresh-token.js';
import { checkAccessToken } from './sns-auth.js';
import type { SnsAnswer } from './sns-body.js';
import { SnsRequest } from './sns-request.js';
import { resolveSubject } from './sns-subject.js';
import { readUserinfo } from './userinfo.js';

type SnsHandler = (request: SnsRequest, model: MockModel) => object;

const handlers = new Map<string, SnsHandler>([
  ['/sns/oauth2/access_token', exchangeCode],
  ['/sns/oauth2/refresh_token', refreshAccessToken],
  ['/sns/auth', checkAccessToken],
  ['/sns/userinfo', readUserinfo],
  ['/sns/jscode2session', code2Session],
]);

/** Endpoints that read the query string only, never a form body: a POST's body goes unread (ML§1.1). */
const QUERY_ONLY: ReadonlySet<SnsEndpoint> = new Set(['/sns/jscode2session']);

/** The /sns endpoints (reference §9, ML§1), apart from HTTP (sns-listener.ts receives and answers). */
export interface SnsEndpoints {
  /** The endpoint a request path names, or undefined. */
  endpoint(path: string): SnsEndpoint | undefined;
  /** Whether the endpoint reads a form-encoded POST body after the query string (reference §3.1, ML§1.1). */
  readsFormBody(endpoint: SnsEndpoint): boolean;
  /**
   * The request as the endpoint sees it, with the app and persona it concerns (faults match on these):
   * its query string, and the form body when one was read (reference §3.1).
   */
  subject(endpoint: SnsEndpoint, query: ParsedUrlQuery, form: ParsedUrlQuery | undefined): SnsRequest;
  /**
   * Enforces the app's minute quota (45011), then runs the endpoint. Every WeChatError becomes WeChat's
   * JSON; anything unexpected becomes `-1 system error`, logged with its stack under `method path`.
   */
  answer(endpoint: SnsEndpoint, request: SnsRequest, method: string): SnsAnswer;
  /** WeChat's error body for an errcode, with the configured suffix. */
  error(errcode: number, errmsg?: string): SnsAnswer;
}

export function snsEndpoints(model: MockModel, logger: Logger): SnsEndpoints {
  const error = (errcode: number, errmsg?: string): SnsAnswer => ({
    errcode,
    body: {
      errcode,
      errmsg: withErrmsgSuffix(
        errmsg ?? errmsgs[errcode as ErrCode],
        model.config.fidelity.errmsgSuffix,
        model.ids,
        model.clock.now(),
      ),
    },
  });
  return {
    endpoint: (path) => (handlers.has(path) ? (path as SnsEndpoint) : undefined),
    readsFormBody: (endpoint) => model.config.fidelity.formBody && !QUERY_ONLY.has(endpoint),
    subject(endpoint, query, form) {
      const request = new SnsRequest(query, form);
      resolveSubject(endpoint, request, model);
      return request;
    },
    answer(endpoint, request, method) {
      try {
        const app = request.appid === undefined ? undefined : model.registry.app(request.appid);
        if (app !== undefined && !model.rateLimiter.allow(app.appid, endpoint, app.rateLimitPerMinute)) {
          throw new WeChatError(ErrCode.MinuteQuotaLimit);
        }
        return { body: (handlers.get(endpoint) as SnsHandler)(request, model), errcode: undefined };
      } catch (thrown) {
        if (thrown instanceof WeChatError) return error(thrown.errcode);
        // A shared store's unit of work reads what it lacked and runs the endpoint again (docs/decisions/0026).
        if (thrown instanceof MissingRecords) throw thrown;
        logger.error(`${method} ${endpoint} failed`, thrown);
        return error(ErrCode.SystemError);
      }
    },
    error,
  };
}

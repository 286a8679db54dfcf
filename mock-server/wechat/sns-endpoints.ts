import type { ParsedUrlQuery } from 'node:querystring';
import { ErrCode, errmsgs, type SnsEndpoint } from '../../contract/index.js';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { WeChatError } from '../model/wechat-error.js';
import { MissingRecords } from '../store/unit-of-work.js';
import { exchangeCode } from './access-token.js';
import { issueServerToken } from './cgi-bin-token.js';
import { readFollowerInfo } from './cgi-bin-user-info.js';
import { withErrmsgSuffix } from './errmsg-suffix.js';
import { notInWhitelist } from './ip-whitelist.js';
import { code2Session } from './jscode2session.js';
import { getUserPhoneNumber } from './phone-number.js';
import { refreshAccessToken } from './refresh-token.js';
import { checkSessionKey, resetUserSessionKey } from './session-key-check.js';
import { checkAccessToken } from './sns-auth.js';
import type { SnsAnswer } from './sns-body.js';
import { type RequestBody, SnsRequest } from './sns-request.js';
import { resolveSubject } from './sns-subject.js';
import { issueStableToken } from './stable-token.js';
import { readUserinfo } from './userinfo.js';

type SnsHandler = (request: SnsRequest, model: MockModel) => object;

const handlers = new Map<string, SnsHandler>([
  ['/sns/oauth2/access_token', exchangeCode],
  ['/sns/oauth2/refresh_token', refreshAccessToken],
  ['/sns/auth', checkAccessToken],
  ['/sns/userinfo', readUserinfo],
  ['/sns/jscode2session', code2Session],
  ['/cgi-bin/token', issueServerToken],
  ['/cgi-bin/stable_token', issueStableToken],
  ['/wxa/checksession', checkSessionKey],
  ['/wxa/resetusersessionkey', resetUserSessionKey],
  ['/wxa/business/getuserphonenumber', getUserPhoneNumber],
  ['/cgi-bin/user/info', readFollowerInfo],
]);

/** Endpoints that read the query string only, never a form body: a POST's body goes unread (ML§1.1, ML§5.1). */
const QUERY_ONLY: ReadonlySet<SnsEndpoint> = new Set(['/sns/jscode2session', '/cgi-bin/token']);

/**
 * Endpoints whose POST body is JSON, whatever its Content-Type says (ML§4.2, ML§5.2; the session_key checks'
 * "payload", ML§2.2).
 */
const JSON_BODY: ReadonlySet<SnsEndpoint> = new Set([
  '/cgi-bin/stable_token',
  '/wxa/checksession',
  '/wxa/resetusersessionkey',
  '/wxa/business/getuserphonenumber',
]);

/** The body an endpoint reads on POST, if any. */
export type BodyKind = 'form' | 'json' | undefined;

/** /sns answers differ from /cgi-bin and /wxa ones in their errmsg suffix and Content-Type (§8.1, §9, ML§5.1). */
const isSns = (path: string): boolean => path.startsWith('/sns/');

/** The API endpoints (reference §9, ML§1–ML§5), apart from HTTP (sns-listener.ts receives and answers). */
export interface SnsEndpoints {
  /** The endpoint a request path names, or undefined. */
  endpoint(path: string): SnsEndpoint | undefined;
  /**
   * The body the endpoint reads on POST: a form-encoded one after the query string (reference §3.1, ML§1.1)
   * unless `fidelity.formBody` is off, or JSON (ML§5.2).
   */
  bodyKind(endpoint: SnsEndpoint): BodyKind;
  /**
   * The request as the endpoint sees it, with the app and persona it concerns (faults match on these):
   * its query string, the body when one was read (reference §3.1), its method and the caller's address.
   */
  subject(
    endpoint: SnsEndpoint,
    query: ParsedUrlQuery,
    body: RequestBody,
    method: string,
    remoteAddress: string,
  ): SnsRequest;
  /**
   * Enforces the app's minute quota (45011), then runs the endpoint. Every WeChatError becomes WeChat's
   * JSON; anything unexpected becomes `-1 system error`, logged with its stack under `method path`.
   */
  answer(endpoint: SnsEndpoint, request: SnsRequest): SnsAnswer;
  /**
   * WeChat's error body for an errcode on a path, with the suffix of its family (§8.1, ML§5.1); a 40164 without
   * an errmsg names the request's caller, as WeChat's does (ML§5.1).
   */
  error(path: string, errcode: number, errmsg?: string, request?: SnsRequest): SnsAnswer;
  /** The Content-Type of answers on a path: /sns's or /cgi-bin's and /wxa's (reference §9, ML§5.1). */
  contentType(path: string): string;
}

export function snsEndpoints(model: MockModel, logger: Logger): SnsEndpoints {
  const { fidelity } = model.config;
  const error = (path: string, errcode: number, errmsg?: string, request?: SnsRequest): SnsAnswer => {
    let base = errmsg ?? errmsgs[errcode as ErrCode];
    if (errmsg === undefined && errcode === ErrCode.InvalidIp && request !== undefined) {
      base = notInWhitelist(request.remoteAddress);
    }
    const style = isSns(path) ? fidelity.errmsgSuffix : fidelity.cgiBinErrmsgSuffix;
    return { errcode, body: { errcode, errmsg: withErrmsgSuffix(base, style, model.ids, model.clock.now()) } };
  };
  return {
    endpoint: (path) => (handlers.has(path) ? (path as SnsEndpoint) : undefined),
    bodyKind(endpoint) {
      if (JSON_BODY.has(endpoint)) return 'json';
      return fidelity.formBody && !QUERY_ONLY.has(endpoint) ? 'form' : undefined;
    },
    subject(endpoint, query, body, method, remoteAddress) {
      const request = new SnsRequest(query, body, method, remoteAddress);
      resolveSubject(endpoint, request, model);
      return request;
    },
    answer(endpoint, request) {
      try {
        const app = request.appid === undefined ? undefined : model.registry.app(request.appid);
        if (app !== undefined && !model.rateLimiter.allow(app.appid, endpoint, app.rateLimitPerMinute)) {
          throw new WeChatError(ErrCode.MinuteQuotaLimit);
        }
        return { body: (handlers.get(endpoint) as SnsHandler)(request, model), errcode: undefined };
      } catch (thrown) {
        if (thrown instanceof WeChatError) return error(endpoint, thrown.errcode, undefined, request);
        // A shared store's unit of work reads what it lacked and runs the endpoint again (docs/decisions/0026).
        if (thrown instanceof MissingRecords) throw thrown;
        logger.error(`${request.method} ${endpoint} failed`, thrown);
        return error(endpoint, ErrCode.SystemError);
      }
    },
    error,
    contentType: (path) => (isSns(path) ? fidelity.contentType : fidelity.cgiBinContentType),
  };
}

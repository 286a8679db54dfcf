import type { ParsedUrlQuery } from 'node:querystring';
import type { ErrCode } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { WeChatError } from '../model/wechat-error.js';

/**
 * What a request carried besides its query string: a form-encoded POST body (reference §3.1), or the JSON body
 * of the /cgi-bin and /wxa endpoints that take one (ML§4.2, ML§5.2): its object, or null when it was read and
 * is no JSON object.
 */
export interface RequestBody {
  readonly form?: ParsedUrlQuery;
  readonly json?: Readonly<Record<string, unknown>> | null;
}

/**
 * An API request as the endpoints see it: parameters from the query string first, then from a form-encoded
 * POST body when one was read (reference §3.1, §9), or the fields of a JSON body; the method, the caller's
 * address (WeChat's whitelist errors name it, ML§5.1), and the app and persona it turned out to concern, for
 * faults and the request log.
 */
export class SnsRequest {
  readonly #query: ParsedUrlQuery;
  readonly #form: ParsedUrlQuery | undefined;
  /** The JSON body's object; null when a body was read and is no JSON object; undefined when none was read. */
  readonly json: Readonly<Record<string, unknown>> | null | undefined;
  readonly method: string;
  /** The caller's address as the socket gives it (`::ffff:127.0.0.1`, `::1`), or "" when unknown. */
  readonly remoteAddress: string;
  /** The appid the request concerns, once known (from `appid`, or from the token's grant). */
  appid: string | undefined;
  /** The persona behind the request's code or token, once known. */
  persona: string | undefined;

  constructor(query: ParsedUrlQuery, body: RequestBody = {}, method = 'GET', remoteAddress = '') {
    this.#query = query;
    this.#form = body.form;
    this.json = body.json;
    this.method = method;
    this.remoteAddress = remoteAddress;
    this.appid = this.param('appid');
  }

  /** A parameter: from the query string, else the form body, else a string field of the JSON body (ML§2.2). */
  param(name: string): string | undefined {
    const fromQuery = queryParam(this.#query, name);
    if (fromQuery !== undefined) return fromQuery;
    return this.#form === undefined ? this.field(name) : queryParam(this.#form, name);
  }

  /** The parameter's value, or WeChat's "missing" errcode for it. */
  require(name: string, missing: ErrCode): string {
    const value = this.param(name);
    if (value === undefined) throw new WeChatError(missing);
    return value;
  }

  /** A string field of the JSON body (an empty string counts as absent, as in the query string), or undefined. */
  field(name: string): string | undefined {
    const value = this.json?.[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }
}

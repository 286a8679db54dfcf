import type { ParsedUrlQuery } from 'node:querystring';
import type { ErrCode } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { WeChatError } from '../model/wechat-error.js';

/**
 * An /sns request as the endpoints see it: parameters from the query string first, then from a
 * form-encoded POST body when one was read (reference §3.1, §9), and the app and persona it turned out
 * to concern, for faults and the request log.
 */
export class SnsRequest {
  readonly #query: ParsedUrlQuery;
  readonly #form: ParsedUrlQuery | undefined;
  /** The appid the request concerns, once known (from `appid`, or from the token's grant). */
  appid: string | undefined;
  /** The persona behind the request's code or token, once known. */
  persona: string | undefined;

  constructor(query: ParsedUrlQuery, form?: ParsedUrlQuery) {
    this.#query = query;
    this.#form = form;
    this.appid = this.param('appid');
  }

  param(name: string): string | undefined {
    const fromQuery = queryParam(this.#query, name);
    return fromQuery !== undefined || this.#form === undefined ? fromQuery : queryParam(this.#form, name);
  }

  /** The parameter's value, or WeChat's "missing" errcode for it. */
  require(name: string, missing: ErrCode): string {
    const value = this.param(name);
    if (value === undefined) throw new WeChatError(missing);
    return value;
  }
}

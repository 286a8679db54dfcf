import type { ParsedUrlQuery } from 'node:querystring';
import type { ErrCode } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { WeChatError } from '../model/wechat-error.js';

/**
 * An /sns request as the endpoints see it: parameters from the query string only (reference §3.1, §9),
 * and the app it turned out to concern, for the request log.
 */
export class SnsRequest {
  readonly #query: ParsedUrlQuery;
  /** The appid the request concerns, once known (from `appid`, or from the token's grant). */
  appid: string | undefined;
  /** The persona behind the request's code or token, once known. */
  persona: string | undefined;

  constructor(query: ParsedUrlQuery) {
    this.#query = query;
    this.appid = this.param('appid');
  }

  param(name: string): string | undefined {
    return queryParam(this.#query, name);
  }

  /** The parameter's value, or WeChat's "missing" errcode for it. */
  require(name: string, missing: ErrCode): string {
    const value = this.param(name);
    if (value === undefined) throw new WeChatError(missing);
    return value;
  }
}

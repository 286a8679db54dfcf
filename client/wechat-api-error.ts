import { type ParsedErrmsg, parseErrmsg } from './parse-errmsg.js';

/**
 * WeChat answered with a non-zero errcode (reference §8). Branch on `errcode` (see `ErrCode` in
 * `wechat-oauth-mock/contract`), never on the message text, which changes over the years (§8.1).
 */
export class WeChatApiError extends Error {
  override readonly name = 'WeChatApiError';
  /** The text without the request-id suffix, e.g. `invalid code`. */
  readonly baseMessage: string;
  /** WeChat's request id from the errmsg, to quote when asking WeChat about a failed call. */
  readonly rid: string | null;
  /** The time WeChat stamped into a modern rid, or null. */
  readonly ridTime: Date | null;

  constructor(
    /** The endpoint path that answered, e.g. `/sns/oauth2/access_token`. */
    readonly endpoint: string,
    readonly errcode: number,
    /** The errmsg exactly as WeChat sent it. */
    readonly errmsg: string,
  ) {
    const parsed: ParsedErrmsg = parseErrmsg(errmsg);
    super(
      `WeChat ${endpoint} answered errcode ${errcode}: ${parsed.base}${parsed.rid === null ? '' : ` (rid ${parsed.rid})`}`,
    );
    this.baseMessage = parsed.base;
    this.rid = parsed.rid;
    this.ridTime = parsed.ridTime;
  }
}

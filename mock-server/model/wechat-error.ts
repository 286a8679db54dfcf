import { type ErrCode, errmsgs } from '../../contract/index.js';

/**
 * One of WeChat's answers `{"errcode":N,"errmsg":"..."}`, thrown anywhere in a /sns route and turned
 * into WeChat's JSON in one place (`answer` in sns-endpoints.ts) with the errmsg suffix the configuration
 * asks for (§8.1).
 */
export class WeChatError extends Error {
  readonly errcode: ErrCode;

  constructor(errcode: ErrCode) {
    super(errmsgs[errcode]);
    this.name = 'WeChatError';
    this.errcode = errcode;
  }
}

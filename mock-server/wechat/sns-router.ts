import Router from '@koa/router';
import type { Context } from 'koa';
import { ErrCode, errmsgs } from '../../contract/index.js';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { exchangeCode } from './access-token.js';
import { withErrmsgSuffix } from './errmsg-suffix.js';
import { refreshAccessToken } from './refresh-token.js';
import { checkAccessToken } from './sns-auth.js';
import { writeSnsBody } from './sns-body.js';
import { SnsRequest } from './sns-request.js';
import { readUserinfo } from './userinfo.js';
import { WeChatError } from './wechat-error.js';

type SnsHandler = (request: SnsRequest, model: MockModel) => object;

const endpoints: ReadonlyArray<readonly [path: string, handler: SnsHandler]> = [
  ['/sns/oauth2/access_token', exchangeCode],
  ['/sns/oauth2/refresh_token', refreshAccessToken],
  ['/sns/auth', checkAccessToken],
  ['/sns/userinfo', readUserinfo],
];

/**
 * The four /sns endpoints, for GET and for POST with the query string (reference §9). Every answer,
 * success or WeChatError, is written here; anything unexpected becomes WeChat's `-1 system error`
 * (logged with its stack), never a stack trace on the wire.
 */
export function createSnsRouter(model: MockModel, logger: Logger): Router {
  const router = new Router();
  const respond = (handler: SnsHandler) => (ctx: Context) => {
    const { fidelity } = model.config;
    const request = new SnsRequest(ctx.query);
    try {
      writeSnsBody(ctx, handler(request, model), fidelity.contentType);
    } catch (error) {
      if (!(error instanceof WeChatError)) logger.error(`${ctx.method} ${ctx.path} failed`, error);
      const errcode = error instanceof WeChatError ? error.errcode : ErrCode.SystemError;
      const errmsg = withErrmsgSuffix(errmsgs[errcode], fidelity.errmsgSuffix, model.ids, model.clock.now());
      ctx.state.errcode = errcode;
      writeSnsBody(ctx, { errcode, errmsg }, fidelity.contentType);
    }
    ctx.state.appid = request.appid;
  };
  for (const [path, handler] of endpoints) {
    router.get(path, respond(handler));
    router.post(path, respond(handler));
  }
  return router;
}

import type { Context } from 'koa';
import { ErrCode, errmsgs } from '../../contract/index.js';
import { requestQuery } from '../core/request-query.js';
import type { Route } from '../core/route-table.js';
import type { Logger } from '../logging/logger.js';
import type { SnsEndpointPath } from '../model/fault-rules.js';
import type { MockModel } from '../model/mock-model.js';
import { exchangeCode } from './access-token.js';
import { applyFault } from './apply-fault.js';
import { withErrmsgSuffix } from './errmsg-suffix.js';
import { refreshAccessToken } from './refresh-token.js';
import { checkAccessToken } from './sns-auth.js';
import { type SnsAnswer, writeSnsAnswer } from './sns-body.js';
import { SnsRequest } from './sns-request.js';
import { resolveSubject } from './sns-subject.js';
import { readUserinfo } from './userinfo.js';
import { WeChatError } from './wechat-error.js';

type SnsHandler = (request: SnsRequest, model: MockModel) => object;

const endpoints: ReadonlyArray<readonly [path: SnsEndpointPath, handler: SnsHandler]> = [
  ['/sns/oauth2/access_token', exchangeCode],
  ['/sns/oauth2/refresh_token', refreshAccessToken],
  ['/sns/auth', checkAccessToken],
  ['/sns/userinfo', readUserinfo],
];

/**
 * The four /sns endpoints, for GET and for POST with the query string (reference §9). Per request: work
 * out the app and persona it concerns, let a scripted fault answer if one fires, enforce the app's minute
 * quota (45011), then run the endpoint. Every WeChatError becomes WeChat's JSON here; anything unexpected
 * becomes `-1 system error` (logged with its stack), never a stack trace on the wire.
 */
export function snsRoutes(model: MockModel, logger: Logger): Route[] {
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

  const answer = (ctx: Context, endpoint: SnsEndpointPath, handler: SnsHandler, request: SnsRequest): SnsAnswer => {
    try {
      const app = request.appid === undefined ? undefined : model.registry.app(request.appid);
      if (app !== undefined && !model.rateLimiter.allow(app.appid, endpoint, app.rateLimitPerMinute)) {
        throw new WeChatError(ErrCode.MinuteQuotaLimit);
      }
      return { body: handler(request, model), errcode: undefined };
    } catch (thrown) {
      if (thrown instanceof WeChatError) return error(thrown.errcode);
      logger.error(`${ctx.method} ${ctx.path} failed`, thrown);
      return error(ErrCode.SystemError);
    }
  };

  // Synchronous unless a fault fires: the common path allocates no promise and no closure.
  const respond =
    (endpoint: SnsEndpointPath, handler: SnsHandler) =>
    (ctx: Context): Promise<void> | undefined => {
      const request = new SnsRequest(requestQuery(ctx));
      resolveSubject(endpoint, request, model);
      ctx.state.appid = request.appid;
      ctx.state.persona = request.persona;
      const fault =
        model.faults.size === 0
          ? undefined
          : model.faults.pick({ endpoint, appid: request.appid, persona: request.persona });
      if (fault !== undefined) {
        ctx.state.fault = { id: fault.id, type: fault.effect.type };
        const normal = () => answer(ctx, endpoint, handler, request);
        return applyFault(fault.effect, { ctx, endpoint, request, model, normal, error });
      }
      writeSnsAnswer(ctx, answer(ctx, endpoint, handler, request), model.config.fidelity.contentType);
      return undefined;
    };
  return endpoints.flatMap(([path, handler]): Route[] => [
    ['GET', path, respond(path, handler)],
    ['POST', path, respond(path, handler)],
  ]);
}

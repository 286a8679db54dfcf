import type { Context } from 'koa';
import type { SnsEndpoint } from '../../contract/index.js';
import { requestQuery } from '../core/request-query.js';
import type { Route } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import { applyFault } from './apply-fault.js';
import { writeSnsAnswer } from './sns-body.js';
import type { SnsEndpoints } from './sns-endpoints.js';

/**
 * The four /sns endpoints as Koa routes, for GET and for POST with the query string (reference §9). Per
 * request: work out the app and persona it concerns, let a scripted fault answer if one fires, then
 * answer. While no fault is set, the plain listener in front of Koa answers these requests instead
 * (sns-listener.ts, docs/decisions/0011); the two share everything but the HTTP layer.
 */
export function snsRoutes(sns: SnsEndpoints, model: MockModel): Route[] {
  // Synchronous unless a fault fires: the common path allocates no promise and no closure.
  const respond =
    (endpoint: SnsEndpoint) =>
    (ctx: Context): Promise<void> | undefined => {
      const request = sns.subject(endpoint, requestQuery(ctx));
      ctx.state.appid = request.appid;
      ctx.state.persona = request.persona;
      const fault =
        model.faults.size === 0
          ? undefined
          : model.faults.pick({ endpoint, appid: request.appid, persona: request.persona });
      if (fault !== undefined) {
        ctx.state.fault = { id: fault.id, type: fault.effect.type };
        const normal = () => sns.answer(endpoint, request, ctx.method);
        return applyFault(fault.effect, { ctx, endpoint, request, model, normal, error: sns.error });
      }
      writeSnsAnswer(ctx, sns.answer(endpoint, request, ctx.method), model.config.fidelity.contentType);
      return undefined;
    };
  return sns.paths.flatMap((path): Route[] => [
    ['GET', path, respond(path)],
    ['POST', path, respond(path)],
  ]);
}

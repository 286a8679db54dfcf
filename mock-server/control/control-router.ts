import Router from '@koa/router';
import type { Health } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { readBodyText } from '../core/read-body-text.js';
import { dashboardRoutes } from '../dashboard/dashboard-routes.js';
import type { MockModel } from '../model/mock-model.js';
import { clockRoutes } from './clock-routes.js';
import { ControlError } from './control-error.js';
import type { ControlOptions } from './control-gate.js';
import { faultRoutes } from './fault-routes.js';
import { followerRoutes } from './follower-routes.js';
import { grantRoutes } from './grant-routes.js';
import { journalRoutes } from './journal-routes.js';
import { openDataRoutes } from './open-data-routes.js';
import { LIMIT_BYTES } from './read-json-body.js';
import { registryRoutes } from './registry-routes.js';
import { reply } from './reply.js';

/** Routes that never touch the model's books: health, and the journal (a stream of its own in the store). */
const OUTSIDE_UNITS = new Set(['/__mock/health', '/__mock/journal']);

/**
 * On a shared store every other control route runs as one unit of work (docs/decisions/0026): atomic across
 * processes, and run again when it lacked a record or lost a race. Its body is read before the unit of work
 * starts (once: it is a stream), so that no other request's logic runs in the middle of it.
 */
function inUnitsOfWork(router: Router, model: MockModel): void {
  for (const layer of router.stack) {
    if (typeof layer.path === 'string' && OUTSIDE_UNITS.has(layer.path)) continue;
    layer.stack = layer.stack.map((handler) => async (ctx, next) => {
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') await readBodyText(ctx, LIMIT_BYTES).catch(() => undefined);
      return model.transact(() => handler(ctx, next));
    });
  }
}

/** The health answer, with the signature that tells tools this is wechat-oauth-mock. */
const HEALTH: Health = { status: 'ok', service: 'wechat-oauth-mock' };

/**
 * The control plane's routes under /__mock/ (contract/mock-control.openapi.yaml). Only `controlGate` serves
 * them, after its checks; a request no route takes falls through to the gate's 404.
 */
export function createControlRouter(
  model: MockModel,
  options: Pick<ControlOptions, 'enabled' | 'held' | 'worker'>,
): Router {
  const router = new Router({ prefix: '/__mock' });
  // A fleet's worker says which one answered (docs/decisions/0027).
  const healthy: Health = options.worker === null ? HEALTH : { ...HEALTH, worker: { ...options.worker } };
  router.get('/health', async (ctx) => {
    // On a shared store, healthy means the store answers too (docs/decisions/0026).
    const problem = await model.shared?.problem();
    if (problem === undefined) {
      reply(ctx, healthy);
      return;
    }
    ctx.status = 503;
    reply(ctx, { ...healthy, status: 'unhealthy', reason: problem });
  });
  if (options.enabled) {
    // The dashboard's shell holds no data: the gate lets it load without the token (docs/decisions/0021).
    dashboardRoutes(router);
    registryRoutes(router, model);
    followerRoutes(router, model);
    grantRoutes(router, model);
    openDataRoutes(router, model);
    clockRoutes(router, model);
    faultRoutes(router, model);
    journalRoutes(router, model, options.held);
    router.post('/reset', (ctx) => {
      const appid = queryParam(ctx.query, 'appid');
      if (appid !== undefined && model.registry.app(appid) === undefined) {
        throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
      }
      model.reset(appid);
      reply(ctx, appid === undefined ? { status: 'reset' } : { status: 'reset', appid });
    });
  }
  if (model.shared !== null) inUnitsOfWork(router, model);
  return router;
}

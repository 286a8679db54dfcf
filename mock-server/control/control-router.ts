import Router from '@koa/router';
import { queryParam } from '../core/query-param.js';
import { dashboardRoutes } from '../dashboard/dashboard-routes.js';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { clockRoutes } from './clock-routes.js';
import { controlAuth } from './control-auth.js';
import { ControlError, controlErrors } from './control-error.js';
import { faultRoutes } from './fault-routes.js';
import { grantRoutes } from './grant-routes.js';
import { journalRoutes } from './journal-routes.js';
import { registryRoutes } from './registry-routes.js';
import { reply } from './reply.js';

export interface ControlOptions {
  /** The bearer token the control plane demands, or null. */
  readonly token: string | null;
  /** false leaves only the health check. */
  readonly enabled: boolean;
  /** Aborted when the server closes, ending long polls. */
  readonly closing: AbortSignal;
}

/** The control plane under /__mock/ (contract/mock-control.openapi.yaml). */
export function createControlRouter(model: MockModel, logger: Logger, options: ControlOptions): Router {
  const router = new Router({ prefix: '/__mock' });
  router.use(controlErrors((error) => logger.error('control request failed', error)));

  // Health never needs the token: container health checks call it.
  router.get('/health', (ctx) => {
    reply(ctx, { status: 'ok' });
  });

  if (options.enabled) {
    // The dashboard's shell holds no data: it loads without the token, then asks for it (docs/decisions/0021).
    dashboardRoutes(router);
    router.use(controlAuth(options.token));
    registryRoutes(router, model);
    grantRoutes(router, model);
    clockRoutes(router, model);
    faultRoutes(router, model);
    journalRoutes(router, model, options.closing);
    router.post('/reset', (ctx) => {
      const appid = queryParam(ctx.query, 'appid');
      if (appid !== undefined && model.registry.app(appid) === undefined) {
        throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
      }
      model.reset(appid);
      reply(ctx, appid === undefined ? { status: 'reset' } : { status: 'reset', appid });
    });
  }

  router.all('/{*rest}', () => {
    const why = options.enabled ? 'see contract/mock-control.openapi.yaml' : 'the control plane is switched off';
    throw new ControlError(404, 'not_found', `No such control endpoint: ${why}.`);
  });
  return router;
}

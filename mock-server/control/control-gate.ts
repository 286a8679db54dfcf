import type { IncomingMessage, ServerResponse } from 'node:http';
import Koa, { type Context, type Next } from 'koa';
import type { HeldRequests } from '../core/held-requests.js';
import type { WorkerIdentity } from '../fleet/worker-identity.js';
import type { Logger } from '../logging/logger.js';
import { observeRequests } from '../logging/observe-requests.js';
import { logRequest } from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import { controlAuth } from './control-auth.js';
import { controlChecks, jsonBodyOnly } from './control-checks.js';
import { ControlError, controlErrors } from './control-error.js';
import { controlPath } from './control-path.js';
import { createControlRouter } from './control-router.js';

export interface ControlOptions {
  /** The bearer token the control plane demands, or null. */
  readonly token: string | null;
  /** false leaves only the health check. */
  readonly enabled: boolean;
  /** Host names, besides IP addresses and `localhost`, that an open control plane answers. */
  readonly allowedHosts: readonly string[];
  /** Where the journal's waits are held (bounded, ended when the server closes). */
  readonly held: HeldRequests;
  /** Which worker of `--workers N` this is, for the health answer; null in a mock of one process. */
  readonly worker: WorkerIdentity | null;
}

const isRead = (ctx: Context) => ctx.method === 'GET' || ctx.method === 'HEAD';

/** Health never needs the token nor passes the checks: container health checks call it by any name. */
const isHealth = (ctx: Context) => isRead(ctx) && ctx.path.toLowerCase() === '/__mock/health';

/**
 * The dashboard's shell, script and style hold no data: they load without the token (the page then asks for
 * it and sends it on every call, docs/decisions/0021), but pass the Origin and Host checks like the rest.
 */
const isDashboardAsset = (ctx: Context) => {
  const path = ctx.path.toLowerCase();
  return isRead(ctx) && (path === '/__mock/ui' || path.startsWith('/__mock/ui/'));
};

/**
 * The one place that decides whether a request is for the control plane (docs/decisions/0013), at the front
 * of the server's request listener. A request whose path names the control plane in any spelling
 * (`controlPath`) is answered here, by an application of its own that holds the control routes and nothing
 * else: every request in it passes the checks and the token before any route, so no spelling of a path can
 * reach a control route without them, and none reaches the WeChat-facing routes or their journal. Returns
 * false for every other request.
 */
export function controlGate(model: MockModel, logger: Logger, options: ControlOptions) {
  const koa = new Koa();
  koa.silent = true;
  koa.on('error', (error) => logger.error('request failed', error));
  koa.use(observeRequests(logger, model, logRequest));
  koa.use(controlErrors((error) => logger.error('control request failed', error)));
  if (options.enabled) {
    // In this order: a refused site or Host learns nothing about the token, an unauthorised caller nothing about bodies.
    const auth = controlAuth(options.token);
    for (const check of [controlChecks(options), auth, jsonBodyOnly]) {
      koa.use((ctx: Context, next: Next) =>
        isHealth(ctx) || (check === auth && isDashboardAsset(ctx)) ? next() : check(ctx, next),
      );
    }
  }
  koa.use(createControlRouter(model, options).routes());
  koa.use(() => {
    const why = options.enabled ? 'see contract/mock-control.openapi.yaml' : 'the control plane is switched off';
    throw new ControlError(404, 'not_found', `No such control endpoint: ${why}.`);
  });
  const answer = koa.callback();
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const target = req.url ?? '';
    const path = controlPath(target);
    if (path === null) return false;
    req.url = path + queryOf(target);
    answer(req, res);
    return true;
  };
}

/** The query of a request target (`?…` up to any `#`), kept as it was sent. */
function queryOf(target: string): string {
  const hash = target.indexOf('#');
  const beforeHash = hash === -1 ? target : target.slice(0, hash);
  const start = beforeHash.indexOf('?');
  return start === -1 ? '' : beforeHash.slice(start);
}

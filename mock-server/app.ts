import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import Koa from 'koa';
import type { MockConfig } from './config/mock-config.js';
import { createControlRouter } from './control/control-router.js';
import type { Clock } from './core/clock.js';
import type { RandomSource } from './core/random-source.js';
import { routeTable } from './core/route-table.js';
import type { Logger } from './logging/logger.js';
import { observeRequests } from './logging/observe-requests.js';
import { MockModel } from './model/mock-model.js';
import { pageRoutes } from './pages/page-routes.js';
import { snsEndpoints } from './wechat/sns-endpoints.js';
import { snsListener } from './wechat/sns-listener.js';
import { snsRoutes } from './wechat/sns-routes.js';
import { unknownPath } from './wechat/unknown-path.js';

/** The parts a mock is built from; only the CLI reads the environment to choose them. */
export interface AppDeps {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly logger: Logger;
  /** The control plane's bearer token (null: none); defaults to the configured one. */
  readonly controlToken?: string | null;
  /** Aborted when the server closes: ends the journal's and the QR page's long polls. */
  readonly closing?: AbortSignal;
}

export interface MockApp {
  readonly koa: Koa;
  readonly model: MockModel;
  /** The server's request listener: the /sns hot path in plain Node (docs/decisions/0011), else Koa. */
  readonly listener: RequestListener;
}

/**
 * Builds the mock as a Koa application without listening (koa's own habit): the WeChat-facing pages
 * and /sns API, and the control plane under /__mock/; `listener` serves it, answering the /sns hot path
 * before Koa.
 */
export function createApp(deps: AppDeps): MockApp {
  const model = new MockModel(deps.config, deps.clock, deps.random);
  const closing = deps.closing ?? new AbortController().signal;
  const koa = new Koa();
  koa.silent = true;
  koa.on('error', (error) => deps.logger.error('request failed', error));
  koa.use(observeRequests(deps.logger, model));
  const sns = snsEndpoints(model, deps.logger);
  koa.use(routeTable([...snsRoutes(sns, model), ...pageRoutes(model, closing)]));
  koa.use(
    createControlRouter(model, deps.logger, {
      token: deps.controlToken === undefined ? deps.config.control.token : deps.controlToken,
      enabled: deps.config.control.enabled,
      closing,
    }).routes(),
  );
  koa.use(unknownPath(sns, deps.config.fidelity.contentType));
  const answerSns = snsListener(sns, model, deps.logger);
  const answerWithKoa = koa.callback();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (!answerSns(req, res)) answerWithKoa(req, res);
  };
  return { koa, model, listener };
}

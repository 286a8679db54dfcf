import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import Koa from 'koa';
import type { MockConfig } from './config/mock-config.js';
import { controlGate } from './control/control-gate.js';
import { isClientProtocolError } from './core/client-protocol-error.js';
import type { Clock } from './core/clock.js';
import { HeldRequests } from './core/held-requests.js';
import type { RandomSource } from './core/random-source.js';
import { routeTable } from './core/route-table.js';
import type { WorkerIdentity } from './fleet/worker-identity.js';
import type { Logger } from './logging/logger.js';
import { observeRequests } from './logging/observe-requests.js';
import { recordRequest } from './logging/record-request.js';
import { MockModel } from './model/mock-model.js';
import { pageRoutes } from './pages/page-routes.js';
import type { SharedStore } from './store/shared-store.js';
import { snsEndpoints } from './wechat/sns-endpoints.js';
import { snsListener } from './wechat/sns-listener.js';
import { unknownPath } from './wechat/unknown-path.js';

/** The parts a mock is built from; only the CLI reads the environment to choose them. */
export interface MockDeps {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly logger: Logger;
  /** The control plane's bearer token (null: none); defaults to the configured one. */
  readonly controlToken?: string | null;
  /** Aborted when the server closes: ends the journal's and the QR page's long polls. */
  readonly closing?: AbortSignal;
  /** Which worker of `--workers N` this process is (docs/decisions/0027); none in a mock of one process. */
  readonly worker?: WorkerIdentity | null;
  /** Where the state lives when several processes share it (docs/decisions/0026); else in this process. */
  readonly shared?: SharedStore;
}

export interface MockHandler {
  /** The WeChat-facing pages and routes; the control plane is answered only through `listener`. */
  readonly koa: Koa;
  readonly model: MockModel;
  /** The server's request listener: the /sns endpoints in plain Node (docs/decisions/0014), else Koa. */
  readonly listener: RequestListener;
  /** Resolves once every held request (long polls, journal waits) has been answered; `closing` ends them. */
  settled(): Promise<void>;
}

/**
 * Builds the mock without listening (koa's own habit): `listener` hands control requests to `controlGate`
 * first (docs/decisions/0013), answers the /sns API in plain Node (docs/decisions/0014), and passes the
 * WeChat-facing pages to the Koa app.
 */
export function createMockHandler(deps: MockDeps): MockHandler {
  const report = (message: string) => deps.logger.error(message);
  const shared = deps.shared === undefined ? undefined : { store: deps.shared, report };
  const model = new MockModel(deps.config, deps.clock, deps.random, shared);
  const held = new HeldRequests(deps.config.limits.heldRequests, deps.closing ?? new AbortController().signal);
  const koa = new Koa();
  koa.silent = true;
  koa.on('error', (error: unknown, ctx?: Koa.Context) => {
    // A client that broke HTTP or left is not the mock failing: one line, no stack (issue 12).
    if (isClientProtocolError(error)) {
      const { code } = error as NodeJS.ErrnoException;
      deps.logger.debug(`client error on ${ctx?.method} ${ctx?.path}: ${code}`);
    } else {
      deps.logger.error('request failed', error);
    }
  });
  koa.use(observeRequests(deps.logger, model, recordRequest, routeTable(pageRoutes(model, held))));
  const answerControl = controlGate(model, deps.logger, {
    ...deps.config.control,
    token: deps.controlToken === undefined ? deps.config.control.token : deps.controlToken,
    held,
    worker: deps.worker ?? null,
  });
  koa.use(unknownPath());
  const answerSns = snsListener(snsEndpoints(model, deps.logger), model, deps.logger);
  const answerWithKoa = koa.callback();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (!answerControl(req, res) && !answerSns(req, res)) answerWithKoa(req, res);
  };
  return { koa, model, listener, settled: () => held.settled() };
}

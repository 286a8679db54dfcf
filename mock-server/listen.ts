import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockConfig, StoreSettings } from './config/mock-config.js';
import { isValidatedConfig, validateConfig } from './config/validate-config.js';
import { controlTokenFor } from './control/control-token.js';
import { type Clock, createSystemClock } from './core/clock.js';
import { cryptoRandom, type RandomSource } from './core/random-source.js';
import type { WorkerIdentity } from './fleet/worker-identity.js';
import type { Impersonation } from './impersonate/listen-impersonating.js';
import { localUrl } from './local-url.js';
import { createLogger, type LogFormat, type Logger } from './logging/logger.js';
import { listenFailure } from './startup-error.js';
import type { StateSaver } from './state/state-saver.js';

export interface ListenOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Host to listen on; loopback by default. */
  readonly host?: string;
  /** A validated config, or a raw one (as a config file would hold); the built-in demo when absent. */
  readonly config?: MockConfig | Record<string, unknown>;
  readonly logFormat?: LogFormat;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly random?: RandomSource;
  /** Which worker of `--workers N` this process is (the CLI's fleet sets it; docs/decisions/0027). */
  readonly worker?: WorkerIdentity | null;
}

export interface ListeningMock {
  /** e.g. `http://127.0.0.1:39211`: use it in place of https://open.weixin.qq.com and https://api.weixin.qq.com. */
  readonly url: string;
  readonly port: number;
  readonly config: MockConfig;
  /** The bearer token the control plane demands, or null when it needs none. */
  readonly controlToken: string | null;
  /** True when the token was generated at start (listening beyond loopback with none configured). */
  readonly controlTokenGenerated: boolean;
  /** The HTTPS listener for WeChat's host names when impersonation is on, else null. */
  readonly impersonation: Impersonation | null;
  /** Stops listening, answers held requests (long polls, journal waits), then closes open connections. */
  close(): Promise<void>;
}

/** How long closing waits for held requests' answers to go out before it closes their connections anyway. */
const ANSWER_GRACE_MS = 2000;

function answeredOrLate(answered: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ANSWER_GRACE_MS);
  });
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}

/** Requests that change nothing: reads of the control plane and the dashboard (so polling them saves nothing). */
const onlyReads = (req: IncomingMessage): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') && (req.url ?? '').startsWith('/__mock/');

/**
 * Starts the mock on an HTTP server and resolves once it listens. Beyond loopback the control plane
 * demands a bearer token: the configured one, or one generated here, unless the config says `open`.
 */
export async function listenMock(options: ListenOptions = {}): Promise<ListeningMock> {
  const config = isValidatedConfig(options.config) ? options.config : validateConfig(options.config);
  const host = options.host ?? '127.0.0.1';
  const { token: controlToken, generated: controlTokenGenerated } = controlTokenFor(config, host);
  const closing = new AbortController();
  // Loaded on the first start, not on import: Koa, the router and the pages cost more to load than
  // starting a mock does, and a test file that imports this package may never start one.
  const { createMockHandler } = await import('./app.js');
  const logger = options.logger ?? createLogger(options.logFormat ?? 'silent');
  const clock = options.clock ?? createSystemClock();
  // Loaded only with a shared store, like the state file below (docs/decisions/0026).
  const shared =
    config.store === null
      ? undefined
      : await import('./store/connect-store.js').then(({ connectStore }) =>
          connectStore(config.store as StoreSettings, clock, logger),
        );
  const {
    listener: answer,
    settled,
    model,
  } = createMockHandler({
    config,
    clock,
    random: options.random ?? cryptoRandom,
    logger,
    controlToken,
    closing: closing.signal,
    worker: options.worker ?? null,
    ...(shared === undefined ? {} : { shared }),
  });
  const disconnect = () => shared?.disconnect();
  try {
    await model.listen();
  } catch (error) {
    disconnect();
    throw error;
  }
  // Loaded only with a state file, like impersonation below (docs/decisions/0022).
  const { stateFile } = config;
  const saver: StateSaver | null =
    stateFile === null
      ? null
      : await import('./state/state-saver.js').then(({ keepState }) => keepState(model, { ...stateFile, logger }));
  const listener =
    saver === null
      ? answer
      : (req: IncomingMessage, res: Parameters<typeof answer>[1]) => {
          if (!onlyReads(req)) saver.markChanged();
          answer(req, res);
        };
  const server = createServer(listener);
  const requestedPort = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      saver?.stop();
      disconnect();
      reject(listenFailure(error, host, requestedPort, '--host / --port'));
    };
    server.once('error', fail);
    server.listen(requestedPort, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const closeServer = (closed: Server) =>
    new Promise<void>((resolve, reject) => {
      closed.close((error) => (error ? reject(error) : resolve()));
      closed.closeAllConnections();
    });
  let impersonation: Impersonation | null = null;
  if (config.impersonate.enabled) {
    // Loaded only when asked for: the certificate library stays out of the ordinary cold start.
    const { listenImpersonating } = await import('./impersonate/listen-impersonating.js');
    try {
      impersonation = await listenImpersonating(listener, host, config.impersonate);
    } catch (error) {
      saver?.stop();
      closing.abort();
      await closeServer(server);
      disconnect();
      throw error;
    }
  }
  return {
    url: localUrl(host, port),
    port,
    config,
    controlToken,
    controlTokenGenerated,
    impersonation,
    close: async () => {
      // Held requests answer first (a long poll its "no change", a journal wait what it has), so that no
      // client is left with an empty reply; only then are the connections closed.
      closing.abort();
      await answeredOrLate(settled());
      await Promise.all([closeServer(server), ...(impersonation === null ? [] : [closeServer(impersonation.server)])]);
      // Last, so that what the held requests' answers changed is saved too.
      await saver?.close();
      disconnect();
    },
  };
}

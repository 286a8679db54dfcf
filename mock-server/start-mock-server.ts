import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { MockConfig } from './config/mock-config.js';
import { isValidatedConfig, validateConfig } from './config/validate-config.js';
import { type Clock, createSystemClock } from './core/clock.js';
import { cryptoRandom, type RandomSource } from './core/random-source.js';
import { createLogger, type LogFormat, type Logger } from './logging/logger.js';
import type { MockModel } from './model/mock-model.js';

export interface StartOptions {
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
}

export interface RunningMock {
  /** e.g. `http://127.0.0.1:39211`: use it in place of https://open.weixin.qq.com and https://api.weixin.qq.com. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly model: MockModel;
  readonly config: MockConfig;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Starts a mock on an HTTP server; resolves once it listens. */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMock> {
  const config = isValidatedConfig(options.config) ? options.config : validateConfig(options.config);
  const logger = options.logger ?? createLogger(options.logFormat ?? 'silent');
  const { koa, model } = createApp({
    config,
    clock: options.clock ?? createSystemClock(),
    random: options.random ?? cryptoRandom,
    logger,
  });
  const server = createServer(koa.callback());
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    server,
    model,
    config,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

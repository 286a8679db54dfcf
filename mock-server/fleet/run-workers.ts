import type { Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { type BannerFacts, banner } from '../banner.js';
import type { MockConfig } from '../config/mock-config.js';
import { controlTokenFor } from '../control/control-token.js';
import { localUrl } from '../local-url.js';
import type { Logger } from '../logging/logger.js';
import { WORKER_NUMBER_VARIABLE } from './worker-identity.js';
import { WorkerStartFailure } from './worker-start-failure.js';

export interface FleetOptions {
  readonly config: MockConfig;
  readonly count: number;
  readonly host: string;
  readonly port: number;
  readonly logger: Logger;
  readonly inContainer: boolean;
}

/** How long the primary waits for its workers to close (their held requests answered) before it kills them. */
const STOP_GRACE_MS = 10_000;
/** A worker that dies before it listens is started again after this, doubled per failure, up to the cap. */
const RESTART_DELAY_MS = 500;
const RESTART_DELAY_CAP_MS = 30_000;

/**
 * The primary of `--workers N` (docs/decisions/0027): forks N workers of this same CLI, which all listen on
 * one port through node:cluster (the primary accepts connections and hands them out round robin), prints
 * the banner once, logs a line per worker start, starts a worker again when one dies, and on SIGTERM or
 * SIGINT stops them all (each answers its held requests first) and exits 0. The workers share their state
 * through the store (`--store redis://…`), never through this process.
 *
 * Worker 1 starts alone first: a start that cannot succeed (a bad store, a taken port) then fails once,
 * with the worker's own one-line reason, and the primary exits 1 without starting the rest.
 */
export async function runWorkers(options: FleetOptions): Promise<void> {
  const { default: cluster } = await import('node:cluster');
  const { config, count, logger } = options;
  // Decided once, here: workers that each generated their own token would each demand a different one.
  const control = controlTokenFor(config, options.host);
  const workerEnv = (slot: number): NodeJS.ProcessEnv => ({
    [WORKER_NUMBER_VARIABLE]: String(slot),
    ...(control.generated && control.token !== null ? { WECHAT_MOCK_CONTROL_TOKEN: control.token } : {}),
  });

  const workers = new Map<number, Worker>();
  const failedStarts = new Map<number, number>();
  let stopping = false;
  let started = false;
  let address: AddressInfo | null = null;

  const fork = (slot: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(workerEnv(slot));
      workers.set(slot, worker);
      let listening = false;
      worker.once('listening', (where: AddressInfo) => {
        listening = true;
        address ??= where;
        failedStarts.delete(slot);
        logger.info(`worker ${slot} of ${count} (pid ${worker.process.pid}) listening`);
        resolve();
      });
      worker.once('exit', (code: number | null, signal: string | null) => {
        if (workers.get(slot) === worker) workers.delete(slot);
        const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
        // Before the fleet is up, a worker that never listened fails the start; one that did is started again.
        if (!started && !listening) {
          reject(new WorkerStartFailure(`worker ${slot} ended before it listened (${how})`, signal === null));
          return;
        }
        if (stopping) return;
        const failures = listening ? 0 : (failedStarts.get(slot) ?? 0) + 1;
        failedStarts.set(slot, failures);
        const delayMs = failures === 0 ? 0 : Math.min(RESTART_DELAY_CAP_MS, RESTART_DELAY_MS * 2 ** (failures - 1));
        logger.error(
          `worker ${slot} (pid ${worker.process.pid}) ended (${how}): starting another` +
            (delayMs === 0 ? '' : ` in ${delayMs} ms`),
        );
        setTimeout(() => {
          if (!stopping) fork(slot).catch(() => {});
        }, delayMs).unref();
      });
    });

  const stop = (signal: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: closing ${workers.size} workers`);
    stopAll([...workers.values()]).then(
      (clean) => process.exit(clean ? exitCode : 1),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM', 0));
  process.once('SIGINT', () => stop('SIGINT', 0));

  try {
    await fork(1);
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => fork(i + 2)));
  } catch (error) {
    stopping = true;
    await stopAll([...workers.values()]);
    throw error;
  }
  started = true;
  const port = (address as AddressInfo | null)?.port ?? options.port;
  const facts: BannerFacts = {
    url: localUrl(options.host, port),
    port,
    config,
    controlToken: control.token,
    controlTokenGenerated: control.generated,
    impersonation: null,
  };
  logger.info(banner(facts, { host: options.host, inContainer: options.inContainer, workers: count }));
}

/** Ends each worker with SIGTERM (it answers its held requests, then exits 0); true when all exited so. */
async function stopAll(workers: readonly Worker[]): Promise<boolean> {
  const exits = workers.map(
    (worker) =>
      new Promise<boolean>((resolve) => {
        if (worker.process.exitCode !== null || worker.process.signalCode !== null) {
          resolve(worker.process.exitCode === 0);
          return;
        }
        const late = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
        worker.process.once('exit', (code) => {
          clearTimeout(late);
          resolve(code === 0);
        });
        worker.process.kill('SIGTERM');
      }),
  );
  return (await Promise.all(exits)).every(Boolean);
}

import { banner } from './banner.js';
import { parseCliOptions, USAGE } from './cli-options.js';
import { ConfigError } from './config/config-error.js';
import { loadConfigFile, withFlags } from './config/load-config-file.js';
import type { MockConfig } from './config/mock-config.js';
import { validateConfig } from './config/validate-config.js';
import { workerCount } from './fleet/worker-count.js';
import { workerIdentity } from './fleet/worker-identity.js';
import { WorkerStartFailure } from './fleet/worker-start-failure.js';
import { listenMock } from './listen.js';
import { createLogger } from './logging/logger.js';
import { StartupError } from './startup-error.js';
import { UsageError } from './usage-error.js';

async function main(argv: readonly string[], env: NodeJS.ProcessEnv, version: string): Promise<void> {
  const options = parseCliOptions(argv, env);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (options.version) {
    process.stdout.write(`${version}\n`);
    return;
  }
  const flags = {
    control: options.control,
    impersonate: options.impersonate,
    ...options.stateFile,
    ...options.store,
    ...options.workers,
  };
  const config: MockConfig =
    options.configPath === undefined
      ? validateConfig(withFlags(undefined, flags), 'the built-in demo')
      : await loadConfigFile(options.configPath, flags);
  const logger = createLogger(options.logFormat);
  const inContainer = env.WECHAT_MOCK_CONTAINER === 'true';
  const workers = workerCount(config.workers);
  const worker = workers > 1 ? await workerIdentity(env, workers) : null;
  if (workers > 1 && worker === null) {
    // The fleet's modules are loaded only for a fleet: the single process's cold start stays as it was.
    const { refuseUnsharedFleet } = await import('./fleet/refuse-unshared-fleet.js');
    refuseUnsharedFleet(config, workers);
    const { runWorkers } = await import('./fleet/run-workers.js');
    await runWorkers({ config, count: workers, host: options.host, port: options.port, logger, inContainer });
    return;
  }
  const mock = await listenMock({ config, host: options.host, port: options.port, logger, worker });
  // A fleet's primary prints the banner, once.
  if (worker === null) logger.info(banner(mock, { host: options.host, inContainer }));

  let stopping = false;
  const stop = (signal: string) => {
    // A worker of a fleet in a terminal gets Ctrl-C's SIGINT and its primary's SIGTERM: one close is enough.
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: closing${worker === null ? '' : ` worker ${worker.number}`}`);
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/**
 * `wechat-oauth-mock [options]`: starts the mock, or exits with a message saying what to fix.
 * `version` is the package's, printed by `--version`.
 */
export function runMockServerCli(argv: readonly string[], env: NodeJS.ProcessEnv, version: string): Promise<void> {
  return main(argv, env, version).catch(exitWithReason);
}

function exitWithReason(error: unknown): never {
  // A worker of a fleet that could not start has printed its own one-line reason.
  if (error instanceof WorkerStartFailure && error.told) process.exit(1);
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof StartupError) {
    process.stderr.write(`wechat-oauth-mock: ${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  // Anything else is the mock's own failure: the stack is what a bug report needs.
  process.stderr.write(`wechat-oauth-mock: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}

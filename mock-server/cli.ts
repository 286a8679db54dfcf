import { banner } from './banner.js';
import { parseCliOptions, USAGE } from './cli-options.js';
import { ConfigError } from './config/config-error.js';
import { loadConfigFile, withFlags } from './config/load-config-file.js';
import type { MockConfig } from './config/mock-config.js';
import { validateConfig } from './config/validate-config.js';
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
  const flags = { control: options.control, impersonate: options.impersonate, ...options.stateFile, ...options.store };
  const config: MockConfig =
    options.configPath === undefined
      ? validateConfig(withFlags(undefined, flags), 'the built-in demo')
      : await loadConfigFile(options.configPath, flags);
  const logger = createLogger(options.logFormat);
  const mock = await listenMock({ config, host: options.host, port: options.port, logger });
  logger.info(banner(mock, { host: options.host, inContainer: env.WECHAT_MOCK_CONTAINER === 'true' }));

  const stop = (signal: string) => {
    logger.info(`${signal}: closing`);
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
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof StartupError) {
    process.stderr.write(`wechat-oauth-mock: ${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  // Anything else is the mock's own failure: the stack is what a bug report needs.
  process.stderr.write(`wechat-oauth-mock: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}

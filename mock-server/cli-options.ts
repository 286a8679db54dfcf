import { parseArgs } from 'node:util';
import type { LogFormat } from './logging/logger.js';

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly configPath: string | undefined;
  readonly logFormat: LogFormat;
  /** Control-plane settings from flags, laid over the config file's. */
  readonly control: { token?: string; open?: boolean; enabled?: boolean };
  readonly help: boolean;
}

export const DEFAULT_PORT = 3099;

export const USAGE = `Usage: wechat-oauth-mock [options]

Options:
  --port N          port to listen on (env WECHAT_MOCK_PORT, default ${DEFAULT_PORT}; 0 picks a free port)
  --host H          address to listen on (env WECHAT_MOCK_HOST, default 127.0.0.1)
  --config FILE     YAML or JSON configuration (env WECHAT_MOCK_CONFIG; default: the built-in demo)
  --log FORMAT      pretty | json | silent (env WECHAT_MOCK_LOG, default pretty)
  --control-token T bearer token the control plane (/__mock/) demands (env WECHAT_MOCK_CONTROL_TOKEN);
                    beyond loopback one is generated and printed when none is given
  --control-open    leave the control plane without a token even beyond loopback
                    (env WECHAT_MOCK_CONTROL_OPEN=true)
  --control-off     switch the control plane off (only /__mock/health answers)
                    (env WECHAT_MOCK_CONTROL_OFF=true)
  -h, --help        show this help

Commands:
  wechat-oauth-mock conformance --target <in-process|url|container|wechat> [options]
                    run the conformance scenarios against a target (--help for its options)
  wechat-oauth-mock verify-client --start-url URL [options]
                    drive a website's WeChat login through the mock and judge what it does`;

const LOG_FORMATS: readonly string[] = ['pretty', 'json', 'silent'];

/** Thrown for a command line the mock cannot run with; its message says what to fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads flags, falling back to environment variables, then defaults. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const portText = values.port ?? env.WECHAT_MOCK_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be 0 to 65535, got "${portText}"`);
  const logFormat = values.log ?? env.WECHAT_MOCK_LOG ?? 'pretty';
  if (!LOG_FORMATS.includes(logFormat))
    throw new UsageError(`--log must be pretty, json or silent, got "${logFormat}"`);
  const host = values.host ?? env.WECHAT_MOCK_HOST ?? '127.0.0.1';
  if (host === '') throw new UsageError('--host must not be empty');
  const token = values['control-token'] ?? (env.WECHAT_MOCK_CONTROL_TOKEN || undefined);
  const control = {
    ...(token === undefined ? {} : { token }),
    ...(values['control-open'] || envSwitch(env, 'WECHAT_MOCK_CONTROL_OPEN') ? { open: true } : {}),
    ...(values['control-off'] || envSwitch(env, 'WECHAT_MOCK_CONTROL_OFF') ? { enabled: false } : {}),
  };
  return {
    port,
    host,
    control,
    configPath: values.config ?? (env.WECHAT_MOCK_CONFIG || undefined),
    logFormat: logFormat as LogFormat,
    help: values.help ?? false,
  };
}

/** An on/off environment variable (a container has no flags to add): true or 1, false or 0, or unset. */
function envSwitch(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = (env[name] ?? '').toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0' || value === '') return false;
  throw new UsageError(`${name} must be true or false, got "${env[name]}"`);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      config: { type: 'string' },
      log: { type: 'string' },
      'control-token': { type: 'string' },
      'control-open': { type: 'boolean' },
      'control-off': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}

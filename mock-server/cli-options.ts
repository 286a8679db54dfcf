import { parseArgs } from 'node:util';
import type { WorkerCount } from './config/mock-config.js';
import { MAX_WORKERS } from './config/mock-config.js';
import type { LogFormat } from './logging/logger.js';
import { UsageError } from './usage-error.js';

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly configPath: string | undefined;
  readonly logFormat: LogFormat;
  /** Control-plane settings from flags, laid over the config file's. */
  readonly control: { token?: string; open?: boolean; enabled?: boolean; allowedHosts?: string[] };
  /** Impersonation settings from flags, laid over the config file's. */
  readonly impersonate: { enabled?: boolean; port?: number; stateDir?: string };
  /** State-file settings from flags, laid over the config file's top-level keys of the same names. */
  readonly stateFile: { stateFile?: string; stateFileJournal?: true; stateFileIntervalMs?: number };
  /** Worker processes from a flag or variable, laid over the config file's `workers`. */
  readonly workers: { workers?: WorkerCount };
  /** Shared-store settings from flags, laid over the config file's `store` and `storePrefix`. */
  readonly store: { store?: string; storePrefix?: string };
  readonly help: boolean;
  readonly version: boolean;
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
  --control-allowed-host NAME
                    a host name an open control plane answers besides IP addresses and localhost;
                    repeat for more (env WECHAT_MOCK_CONTROL_ALLOWED_HOSTS, comma-separated)
  --impersonate     also serve HTTPS as open.weixin.qq.com, api.weixin.qq.com, lp./long.open.weixin.qq.com
                    and res.wx.qq.com, with certificates from a local CA made on first use; the machine
                    must then trust that CA (env WECHAT_MOCK_IMPERSONATE=true; never on by default)
  --impersonate-port N
                    the HTTPS port (env WECHAT_MOCK_IMPERSONATE_PORT, default 443)
  --state-dir DIR   where the local CA is kept (env WECHAT_MOCK_STATE_DIR, default ~/.wechat-oauth-mock)
  --state-file PATH save apps, personas, logins, codes, faults and the clock to PATH and restore them at
                    start, so a restart keeps them (env WECHAT_MOCK_STATE_FILE; default: memory only)
  --state-file-journal
                    save the request journal too (env WECHAT_MOCK_STATE_FILE_JOURNAL=true)
  --state-file-interval MS
                    save at most this often when something changed, and on shutdown
                    (env WECHAT_MOCK_STATE_FILE_INTERVAL, default 2000)
  --workers N|auto  answer on one port with N worker processes (auto: one per CPU core); more than one
                    needs a shared store, --store redis://... (env WECHAT_MOCK_WORKERS, default 1)
  --store URL       share the state with every mock pointed at the same Redis or Valkey:
                    redis://[:password@]host:port/db or rediss://… (env WECHAT_MOCK_STORE;
                    default: this process's memory)
  --store-prefix P  put P before every key, so several mocks can share one server
                    (env WECHAT_MOCK_STORE_PREFIX, default wechat-oauth-mock:)
  -h, --help        show this help
  -v, --version     print the version

Commands:
  wechat-oauth-mock conformance --target <in-process|url|container|wechat> [options]
                    run the conformance scenarios against a target (--help for its options)
  wechat-oauth-mock verify-client --start-url URL [options]
                    drive a website's WeChat login through the mock and judge what it does

In a container (the image from the repository's Dockerfile):
  docker run --rm -p 3099:3099 wechat-oauth-mock
  docker run --rm --network host wechat-oauth-mock
                    on an engine without a bridge network (common in CI sandboxes), where -p publishes
                    nothing; conformance --target container then needs WECHAT_MOCK_CONTAINER_NETWORK=host`;

const LOG_FORMATS: readonly string[] = ['pretty', 'json', 'silent'];

/** Reads flags, falling back to environment variables, then defaults. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const portText = values.port ?? env.WECHAT_MOCK_PORT ?? String(DEFAULT_PORT);
  const port = readPort('--port', portText);
  const logFormat = values.log ?? env.WECHAT_MOCK_LOG ?? 'pretty';
  if (!LOG_FORMATS.includes(logFormat))
    throw new UsageError(`--log must be pretty, json or silent, got "${logFormat}"`);
  const host = values.host ?? env.WECHAT_MOCK_HOST ?? '127.0.0.1';
  if (host === '') throw new UsageError('--host must not be empty');
  const token = values['control-token'] ?? (env.WECHAT_MOCK_CONTROL_TOKEN || undefined);
  const hostsFromEnv = (env.WECHAT_MOCK_CONTROL_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host !== '');
  const allowedHosts = values['control-allowed-host'] ?? (hostsFromEnv.length > 0 ? hostsFromEnv : undefined);
  const control = {
    ...(token === undefined ? {} : { token }),
    ...(values['control-open'] || envSwitch(env, 'WECHAT_MOCK_CONTROL_OPEN') ? { open: true } : {}),
    ...(values['control-off'] || envSwitch(env, 'WECHAT_MOCK_CONTROL_OFF') ? { enabled: false } : {}),
    ...(allowedHosts === undefined ? {} : { allowedHosts }),
  };
  const impersonatePort = values['impersonate-port'] ?? (env.WECHAT_MOCK_IMPERSONATE_PORT || undefined);
  const stateDir = values['state-dir'] ?? (env.WECHAT_MOCK_STATE_DIR || undefined);
  const impersonate = {
    ...(values.impersonate || envSwitch(env, 'WECHAT_MOCK_IMPERSONATE') ? { enabled: true } : {}),
    ...(impersonatePort === undefined ? {} : { port: readPort('--impersonate-port', impersonatePort) }),
    ...(stateDir === undefined ? {} : { stateDir }),
  };
  const stateFilePath = values['state-file'] ?? (env.WECHAT_MOCK_STATE_FILE || undefined);
  const interval = values['state-file-interval'] ?? (env.WECHAT_MOCK_STATE_FILE_INTERVAL || undefined);
  const stateFile = {
    ...(stateFilePath === undefined ? {} : { stateFile: stateFilePath }),
    ...(values['state-file-journal'] || envSwitch(env, 'WECHAT_MOCK_STATE_FILE_JOURNAL')
      ? { stateFileJournal: true as const }
      : {}),
    ...(interval === undefined ? {} : { stateFileIntervalMs: readInterval(interval) }),
  };
  const workersText = values.workers ?? (env.WECHAT_MOCK_WORKERS || undefined);
  const storeUrl = values.store ?? (env.WECHAT_MOCK_STORE || undefined);
  const storePrefix = values['store-prefix'] ?? (env.WECHAT_MOCK_STORE_PREFIX || undefined);
  const store = {
    ...(storeUrl === undefined ? {} : { store: storeUrl }),
    ...(storePrefix === undefined ? {} : { storePrefix }),
  };
  return {
    port,
    host,
    control,
    impersonate,
    stateFile,
    workers: workersText === undefined ? {} : { workers: readWorkers(workersText) },
    store,
    configPath: values.config ?? (env.WECHAT_MOCK_CONFIG || undefined),
    logFormat: logFormat as LogFormat,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function readPort(flag: string, text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`${flag} must be 0 to 65535, got "${text}"`);
  return port;
}

function readInterval(text: string): number {
  const ms = Number(text);
  if (!/^\d+$/.test(text) || ms < 100 || ms > 3_600_000) {
    throw new UsageError(`--state-file-interval must be 100 to 3600000 (milliseconds), got "${text}"`);
  }
  return ms;
}

function readWorkers(text: string): WorkerCount {
  if (text === 'auto') return 'auto';
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > MAX_WORKERS) {
    throw new UsageError(`--workers must be auto or 1 to ${MAX_WORKERS}, got "${text}"`);
  }
  return count;
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
      'control-allowed-host': { type: 'string', multiple: true },
      impersonate: { type: 'boolean' },
      'impersonate-port': { type: 'string' },
      'state-dir': { type: 'string' },
      'state-file': { type: 'string' },
      'state-file-journal': { type: 'boolean' },
      'state-file-interval': { type: 'string' },
      workers: { type: 'string' },
      store: { type: 'string' },
      'store-prefix': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    strict: true,
    allowPositionals: false,
  });
}

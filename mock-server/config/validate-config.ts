import { ConfigError } from './config-error.js';
import { Reader, show } from './config-reader.js';
import { demoConfig } from './demo-config.js';
import type {
  ControlSettings,
  ErrmsgSuffixStyle,
  Fidelity,
  ImpersonateSettings,
  Lifetimes,
  Limits,
  MockConfig,
  StateFileSettings,
  StoreSettings,
  WorkerCount,
} from './mock-config.js';
import { MAX_WORKERS } from './mock-config.js';
import { MAX_LIFETIME_SECONDS, readApp } from './read-app.js';
import { readFault } from './read-fault.js';
import { readPersona } from './read-persona.js';

const DEFAULT_SEED = 'wechat-oauth-mock';

/** WeChat's documented lifetimes (reference §6). */
const DEFAULT_LIFETIMES: Lifetimes = {
  websiteCodeSeconds: 600,
  officialAccountCodeSeconds: 300,
  miniProgramCodeSeconds: 300,
  mobileAppCodeSeconds: 600,
  accessTokenSeconds: 7200,
  refreshTokenSeconds: 30 * 24 * 3600,
  mobileAppRefreshTokenSeconds: 180 * 24 * 3600,
  phoneCodeSeconds: 300,
  serverTokenSeconds: 7200,
  loginSessionSeconds: 300,
};

const DEFAULT_FIDELITY: Fidelity = {
  contentType: 'text/plain',
  errmsgSuffix: 'comma-rid',
  expiredCodeErrcode: 40029,
  unknownAccessTokenErrcode: 40001,
  strictRedirectPorts: false,
  tokenPrefix: 86,
  longPollSeconds: 25,
  requireWeChatBrowser: false,
  formBody: true,
  reusedWxLoginCodeErrcode: 40163,
  sessionKeyRotationSeconds: 0,
  refreshAnswer: 'documented',
  cgiBinContentType: 'application/json; encoding=utf-8',
  cgiBinErrmsgSuffix: 'rid',
  serverTokenDailyQuota: 2000,
  stableTokenDailyQuota: 500_000,
};

/** docs/decisions/0015: a few MiB per app at worst, far beyond what a test suite or a person needs. */
const DEFAULT_LIMITS: Limits = {
  loginSessionsPerApp: 1000,
  codesPerApp: 100_000,
  heldRequests: 1000,
};

const SUFFIX_STYLES: readonly ErrmsgSuffixStyle[] = ['comma-rid', 'rid', 'hint-rid', 'hints', 'hint', 'none'];

const HEADER_VALUE = { pattern: /^[\x20-\x7e]+$/, expected: 'a header value of printable ASCII' };

function readLifetimes(r: Reader, raw: unknown): Lifetimes {
  if (raw === undefined) return DEFAULT_LIFETIMES;
  const keys = Object.keys(DEFAULT_LIFETIMES) as (keyof Lifetimes)[];
  const o = r.object(raw, 'lifetimes', keys);
  const entries = keys.map((key) => [
    key,
    r.integer(o[key], `lifetimes.${key}`, DEFAULT_LIFETIMES[key], 1, MAX_LIFETIME_SECONDS),
  ]);
  return Object.fromEntries(entries) as unknown as Lifetimes;
}

function readFidelity(r: Reader, raw: unknown): Fidelity {
  if (raw === undefined) return DEFAULT_FIDELITY;
  const o = r.object(raw, 'fidelity', Object.keys(DEFAULT_FIDELITY));
  const d = DEFAULT_FIDELITY;
  return {
    contentType: r.string(o.contentType, 'fidelity.contentType', d.contentType, HEADER_VALUE),
    errmsgSuffix: r.oneOf(o.errmsgSuffix, 'fidelity.errmsgSuffix', SUFFIX_STYLES, d.errmsgSuffix),
    expiredCodeErrcode: r.oneOf(
      o.expiredCodeErrcode,
      'fidelity.expiredCodeErrcode',
      [40029, 42003],
      d.expiredCodeErrcode,
    ),
    unknownAccessTokenErrcode: r.oneOf(
      o.unknownAccessTokenErrcode,
      'fidelity.unknownAccessTokenErrcode',
      [40001, 40014],
      d.unknownAccessTokenErrcode,
    ),
    strictRedirectPorts: r.boolean(o.strictRedirectPorts, 'fidelity.strictRedirectPorts', d.strictRedirectPorts),
    tokenPrefix: r.integer(o.tokenPrefix, 'fidelity.tokenPrefix', d.tokenPrefix, 1, 999),
    longPollSeconds: r.integer(o.longPollSeconds, 'fidelity.longPollSeconds', d.longPollSeconds, 1, 60),
    requireWeChatBrowser: r.boolean(o.requireWeChatBrowser, 'fidelity.requireWeChatBrowser', d.requireWeChatBrowser),
    formBody: r.boolean(o.formBody, 'fidelity.formBody', d.formBody),
    reusedWxLoginCodeErrcode: r.oneOf(
      o.reusedWxLoginCodeErrcode,
      'fidelity.reusedWxLoginCodeErrcode',
      [40163, 40029],
      d.reusedWxLoginCodeErrcode,
    ),
    sessionKeyRotationSeconds: r.integer(
      o.sessionKeyRotationSeconds,
      'fidelity.sessionKeyRotationSeconds',
      d.sessionKeyRotationSeconds,
      0,
      366 * 24 * 3600,
    ),
    refreshAnswer: r.oneOf(o.refreshAnswer, 'fidelity.refreshAnswer', ['documented', 'pre-2020'], d.refreshAnswer),
    cgiBinContentType: r.string(o.cgiBinContentType, 'fidelity.cgiBinContentType', d.cgiBinContentType, HEADER_VALUE),
    cgiBinErrmsgSuffix: r.oneOf(
      o.cgiBinErrmsgSuffix,
      'fidelity.cgiBinErrmsgSuffix',
      SUFFIX_STYLES,
      d.cgiBinErrmsgSuffix,
    ),
    serverTokenDailyQuota: r.integer(
      o.serverTokenDailyQuota,
      'fidelity.serverTokenDailyQuota',
      d.serverTokenDailyQuota,
      1,
      1_000_000_000,
    ),
    stableTokenDailyQuota: r.integer(
      o.stableTokenDailyQuota,
      'fidelity.stableTokenDailyQuota',
      d.stableTokenDailyQuota,
      1,
      1_000_000_000,
    ),
  };
}

/** A DNS name as a Host header carries it, without scheme or port (underscores for compose service names). */
const HOST_NAME = {
  pattern: /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/i,
  expected: 'a host name without scheme, port or path, e.g. "wechat-mock"',
};

function readLimits(r: Reader, raw: unknown): Limits {
  if (raw === undefined) return DEFAULT_LIMITS;
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];
  const o = r.object(raw, 'limits', keys);
  const d = DEFAULT_LIMITS;
  return {
    loginSessionsPerApp: r.integer(
      o.loginSessionsPerApp,
      'limits.loginSessionsPerApp',
      d.loginSessionsPerApp,
      1,
      100_000,
    ),
    codesPerApp: r.integer(o.codesPerApp, 'limits.codesPerApp', d.codesPerApp, 1, 1_000_000),
    heldRequests: r.integer(o.heldRequests, 'limits.heldRequests', d.heldRequests, 1, 100_000),
  };
}

function readControl(r: Reader, raw: unknown): ControlSettings {
  if (raw === undefined) return { token: null, open: false, enabled: true, allowedHosts: [] };
  const o = r.object(raw, 'control', ['token', 'open', 'enabled', 'allowedHosts']);
  return {
    token:
      o.token === undefined || o.token === null
        ? null
        : r.string(o.token, 'control.token', '', {
            pattern: /^[\x21-\x7e]{16,}$/,
            expected: 'at least 16 printable characters without spaces',
          }),
    open: r.boolean(o.open, 'control.open', false),
    enabled: r.boolean(o.enabled, 'control.enabled', true),
    allowedHosts: r
      .array(o.allowedHosts ?? [], 'control.allowedHosts')
      .map((host, i) => r.string(host, `control.allowedHosts[${i}]`, '', HOST_NAME).toLowerCase()),
  };
}

function readImpersonate(r: Reader, raw: unknown): ImpersonateSettings {
  const o = r.object(raw ?? {}, 'impersonate', ['enabled', 'port', 'stateDir']);
  return {
    enabled: r.boolean(o.enabled, 'impersonate.enabled', false),
    port: r.integer(o.port, 'impersonate.port', 443, 0, 65535),
    stateDir:
      o.stateDir === undefined || o.stateDir === null
        ? null
        : r.string(o.stateDir, 'impersonate.stateDir', '', { pattern: /^.+$/, expected: 'a directory path' }),
  };
}

/** The state file's settings, from three top-level keys (`stateFile`, `stateFileJournal`, `stateFileIntervalMs`). */
function readStateFile(r: Reader, o: Record<string, unknown>): StateFileSettings | null {
  const journal = r.boolean(o.stateFileJournal, 'stateFileJournal', false);
  const intervalMs = r.integer(o.stateFileIntervalMs, 'stateFileIntervalMs', 2000, 100, 3_600_000);
  if (o.stateFile === undefined || o.stateFile === null) return null;
  const path = r.string(o.stateFile, 'stateFile', '', { pattern: /^.+$/, expected: 'a file path' });
  return { path, journal, intervalMs };
}

/** `workers`: a count, or `auto` for one per CPU core (docs/decisions/0027). */
function readWorkers(r: Reader, value: unknown): WorkerCount {
  if (value === undefined || value === 'auto') return value ?? 1;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_WORKERS) return value;
  r.fail('workers', `expected "auto" or a whole number from 1 to ${MAX_WORKERS}, got ${show(value)}`);
  return 1;
}

/** The shared store's settings, from `store` (a redis:// or rediss:// URL) and `storePrefix`. */
function readStore(r: Reader, o: Record<string, unknown>): StoreSettings | null {
  const prefix = r.string(o.storePrefix, 'storePrefix', 'wechat-oauth-mock:', {
    pattern: /^[^\s*?[\]]{1,100}$/,
    expected: 'up to 100 characters without spaces or glob characters (* ? [ ])',
  });
  if (o.store === undefined || o.store === null) return null;
  // Checked without echoing the value: the URL may hold a password.
  const url = typeof o.store === 'string' ? o.store : '';
  if (!/^rediss?:\/\/[^\s/]+(\/\d+)?\/?$/.test(url)) {
    r.fail('store', 'expected redis://[:password@]host:port/db or rediss://… (the value is not shown)');
  }
  if (o.stateFile !== undefined && o.stateFile !== null) {
    r.fail('store', 'a shared store and a state file do not go together: Redis keeps the shared state');
  }
  return { url, prefix };
}

/** Configs this module produced, so code handed either kind can tell a validated one from a raw one. */
const validated = new WeakSet<object>();

export function isValidatedConfig(config: unknown): config is MockConfig {
  return typeof config === 'object' && config !== null && validated.has(config);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Turns a raw configuration (parsed YAML or JSON, or an object in code) into a complete, frozen
 * MockConfig, or throws a ConfigError listing every problem. `apps` and `personas` that the raw
 * configuration leaves out come from the built-in demo; accounts are the ones the apps name.
 */
export function validateConfig(raw: unknown, source = 'the configuration'): MockConfig {
  const r = new Reader();
  const o = r.object(raw ?? {}, '', [
    'seed',
    'apps',
    'personas',
    'defaultPersona',
    'lifetimes',
    'fidelity',
    'faults',
    'control',
    'impersonate',
    'journalSize',
    'limits',
    'stateFile',
    'stateFileJournal',
    'stateFileIntervalMs',
    'workers',
    'store',
    'storePrefix',
  ]);
  const seed = r.string(o.seed, 'seed', o.apps === undefined ? demoConfig.seed : DEFAULT_SEED, {
    pattern: /^.+$/,
    expected: 'a non-empty string',
  });
  let apps = r.array(o.apps ?? demoConfig.apps, 'apps').map((app, i) => readApp(r, app, `apps[${i}]`, seed));
  const personas = r
    .array(o.personas ?? demoConfig.personas, 'personas')
    .map((persona, i) => readPersona(r, persona, `personas[${i}]`, seed));
  if (apps.length === 0) r.fail('apps', 'expected at least one app');
  if (personas.length === 0) r.fail('personas', 'expected at least one persona');
  r.unique(
    apps.map((a) => a.appid),
    (i) => `apps[${i}].appid`,
    'appid',
  );
  r.unique(
    personas.map((p) => p.key),
    (i) => `personas[${i}].key`,
    'persona key',
  );
  // A follower is one of the personas (ML§7). The demo's apps keep only the followers among the personas the
  // configuration gives, so that personas of one's own never clash with the demo's.
  const personaKeys = new Set(personas.map((p) => p.key));
  if (o.apps === undefined) {
    apps = apps.map((app) => ({ ...app, followers: app.followers.filter((f) => personaKeys.has(f.persona)) }));
  }
  apps.forEach((app, i) => {
    app.followers.forEach((follower, j) => {
      if (!personaKeys.has(follower.persona)) {
        r.fail(`apps[${i}].followers[${j}].persona`, `expected the key of a persona, got ${show(follower.persona)}`);
      }
    });
  });
  const defaultPersona = r.string(o.defaultPersona, 'defaultPersona', personas[0]?.key ?? '');
  if (o.defaultPersona !== undefined && !personas.some((p) => p.key === defaultPersona)) {
    r.fail('defaultPersona', `expected the key of a persona, got ${show(defaultPersona)}`);
  }
  const lifetimes = readLifetimes(r, o.lifetimes);
  const fidelity = readFidelity(r, o.fidelity);
  const faults =
    o.faults === undefined ? [] : r.array(o.faults, 'faults').map((f, i) => readFault(r, f, `faults[${i}]`));
  const control = readControl(r, o.control);
  const impersonate = readImpersonate(r, o.impersonate);
  const journalSize = r.integer(o.journalSize, 'journalSize', 1000, 1, 1_000_000);
  const limits = readLimits(r, o.limits);
  const stateFile = readStateFile(r, o);
  const workers = readWorkers(r, o.workers);
  const store = readStore(r, o);
  if (r.issues.length > 0) throw new ConfigError(source, r.issues);
  const accountIds = [...new Set(apps.flatMap((a) => (a.account === null ? [] : [a.account])))];
  const config: MockConfig = deepFreeze({
    seed,
    accounts: accountIds.map((id) => ({ id })),
    apps,
    personas,
    defaultPersona,
    lifetimes,
    fidelity,
    faults,
    control,
    impersonate,
    journalSize,
    limits,
    stateFile,
    workers,
    store,
  });
  validated.add(config);
  return config;
}

import { deriveAppid, deriveHeadimgurl, deriveSecret } from '../core/identifiers.js';
import { ConfigError, type ConfigIssue } from './config-error.js';
import { demoConfig } from './demo-config.js';
import type {
  AppConfig,
  AppKind,
  ErrmsgSuffixStyle,
  Fidelity,
  Lifetimes,
  MockConfig,
  PersonaConfig,
  ProfileEra,
  Region,
  Sex,
  UserinfoLang,
} from './mock-config.js';

type Raw = Record<string, unknown>;

const DEFAULT_SEED = 'wechat-oauth-mock';

/** WeChat's documented lifetimes (reference §6). */
const DEFAULT_LIFETIMES: Lifetimes = {
  websiteCodeSeconds: 600,
  officialAccountCodeSeconds: 300,
  accessTokenSeconds: 7200,
  refreshTokenSeconds: 30 * 24 * 3600,
  loginSessionSeconds: 300,
};

const DEFAULT_FIDELITY: Fidelity = {
  contentType: 'text/plain',
  errmsgSuffix: 'comma-rid',
  expiredCodeErrcode: 40029,
  unknownAccessTokenErrcode: 40001,
  strictRedirectPorts: false,
  tokenPrefix: 86,
};

const APP_KINDS: readonly AppKind[] = ['website', 'official-account'];
const PROFILES: readonly ProfileEra[] = ['current', 'legacy'];
const LANGS: readonly UserinfoLang[] = ['en', 'zh_CN', 'zh_TW'];
const SUFFIX_STYLES: readonly ErrmsgSuffixStyle[] = ['comma-rid', 'rid', 'hints', 'hint', 'none'];
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects issues while reading a raw document; reads return a usable fallback so checking goes on. */
class Reader {
  readonly issues: ConfigIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: unknown, path: string, keys: readonly string[]): Raw {
    if (!isObject(value)) {
      this.fail(path, `expected an object, got ${show(value)}`);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(join(path, key), `unknown setting (known: ${keys.join(', ')})`);
    }
    return value;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list, got ${show(value)}`);
      return [];
    }
    return value;
  }

  string(value: unknown, path: string, fallback: string, test?: { pattern: RegExp; expected: string }): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.fail(path, `expected a string, got ${show(value)}`);
      return fallback;
    }
    if (test && !test.pattern.test(value)) this.fail(path, `expected ${test.expected}, got ${show(value)}`);
    return value;
  }

  requiredString(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') {
      this.fail(path, `expected a non-empty string, got ${show(value)}`);
      return '';
    }
    return value;
  }

  oneOf<T>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) {
      this.fail(path, `expected one of ${allowed.map(show).join(', ')}, got ${show(value)}`);
      return fallback;
    }
    return value as T;
  }

  integer(value: unknown, path: string, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `expected a whole number from ${min} to ${max}, got ${show(value)}`);
      return fallback;
    }
    return value;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, `expected true or false, got ${show(value)}`);
      return fallback;
    }
    return value;
  }

  unique(values: readonly string[], path: (index: number) => string, what: string): void {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) this.fail(path(index), `duplicate ${what} ${show(value)}`);
      seen.add(value);
    });
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function readApp(r: Reader, raw: unknown, path: string, seed: string): AppConfig {
  const o = r.object(raw, path, ['appid', 'secret', 'kind', 'name', 'account', 'callbackDomains']);
  const name = r.requiredString(o.name, join(path, 'name'));
  const appid = r.string(o.appid, join(path, 'appid'), deriveAppid(seed, name), {
    pattern: /^wx[0-9a-f]{16}$/,
    expected: '"wx" followed by 16 lowercase hex digits (reference §7)',
  });
  const secret = r.string(o.secret, join(path, 'secret'), deriveSecret(seed, appid), {
    pattern: /^[0-9a-f]{32}$/,
    expected: '32 lowercase hex digits',
  });
  const kind = r.oneOf(o.kind, join(path, 'kind'), APP_KINDS, 'website');
  if (o.kind === undefined) r.fail(join(path, 'kind'), `expected one of ${APP_KINDS.map(show).join(', ')}`);
  // Website apps always belong to an Open Platform account (reference §10); official accounts may not.
  let account: string | null = kind === 'website' ? 'default' : null;
  if (o.account === null) account = null;
  else if (o.account !== undefined) account = r.requiredString(o.account, join(path, 'account'));
  const domainsPath = join(path, 'callbackDomains');
  const domains = r.array(o.callbackDomains, domainsPath).map((domain, index) => {
    const value = r.requiredString(domain, join(domainsPath, index)).toLowerCase();
    if (value && !HOSTNAME.test(value) && !IPV6_LITERAL.test(value)) {
      r.fail(
        join(domainsPath, index),
        `expected a bare host name (no scheme, port or path: reference §1.4), got ${show(domain)}`,
      );
    }
    return value;
  });
  if (Array.isArray(o.callbackDomains) && domains.length === 0) r.fail(domainsPath, 'expected at least one domain');
  return { appid, secret, kind, name, account, callbackDomains: domains };
}

function readRegion(r: Reader, raw: unknown, path: string): Region {
  const o = r.object(raw, path, ['country', 'province', 'city']);
  return {
    country: r.string(o.country, join(path, 'country'), ''),
    province: r.string(o.province, join(path, 'province'), ''),
    city: r.string(o.city, join(path, 'city'), ''),
  };
}

function readPersona(r: Reader, raw: unknown, path: string, seed: string): PersonaConfig {
  const o = r.object(raw, path, [
    'key',
    'nickname',
    'sex',
    'language',
    'avatar',
    'headimgurl',
    'privilege',
    'profile',
    'region',
  ]);
  const key = r.requiredString(o.key, join(path, 'key'));
  if (key && !/^[A-Za-z0-9_-]{1,64}$/.test(key)) {
    r.fail(join(path, 'key'), `expected 1 to 64 characters of A-Z, a-z, 0-9, _ or -, got ${show(key)}`);
  }
  const hasAvatar = r.boolean(o.avatar, join(path, 'avatar'), true);
  const headimgurl = r.string(o.headimgurl, join(path, 'headimgurl'), hasAvatar ? deriveHeadimgurl(seed, key) : '');
  const privilegePath = join(path, 'privilege');
  const privilege = o.privilege === undefined ? [] : r.array(o.privilege, privilegePath);
  const region: Partial<Record<UserinfoLang, Region>> = {};
  if (o.region !== undefined) {
    const regions = r.object(o.region, join(path, 'region'), LANGS);
    for (const lang of LANGS) {
      if (regions[lang] !== undefined) region[lang] = readRegion(r, regions[lang], join(join(path, 'region'), lang));
    }
  }
  return {
    key,
    nickname: r.requiredString(o.nickname, join(path, 'nickname')),
    sex: r.oneOf<Sex>(o.sex, join(path, 'sex'), [0, 1, 2], 0),
    language: r.string(o.language, join(path, 'language'), 'zh_CN'),
    headimgurl,
    privilege: privilege.map((p, index) => r.requiredString(p, join(privilegePath, index))),
    profile: r.oneOf(o.profile, join(path, 'profile'), PROFILES, 'current'),
    region,
  };
}

function readLifetimes(r: Reader, raw: unknown): Lifetimes {
  if (raw === undefined) return DEFAULT_LIFETIMES;
  const keys = Object.keys(DEFAULT_LIFETIMES) as (keyof Lifetimes)[];
  const o = r.object(raw, 'lifetimes', keys);
  const year = 366 * 24 * 3600;
  const entries = keys.map((key) => [key, r.integer(o[key], `lifetimes.${key}`, DEFAULT_LIFETIMES[key], 1, year)]);
  return Object.fromEntries(entries) as unknown as Lifetimes;
}

function readFidelity(r: Reader, raw: unknown): Fidelity {
  if (raw === undefined) return DEFAULT_FIDELITY;
  const o = r.object(raw, 'fidelity', Object.keys(DEFAULT_FIDELITY));
  const d = DEFAULT_FIDELITY;
  return {
    contentType: r.string(o.contentType, 'fidelity.contentType', d.contentType, {
      pattern: /^[\x20-\x7e]+$/,
      expected: 'a header value of printable ASCII',
    }),
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
  };
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
  const o = r.object(raw ?? {}, '', ['seed', 'apps', 'personas', 'defaultPersona', 'lifetimes', 'fidelity']);
  const seed = r.string(o.seed, 'seed', o.apps === undefined ? demoConfig.seed : DEFAULT_SEED, {
    pattern: /^.+$/,
    expected: 'a non-empty string',
  });
  const apps = r.array(o.apps ?? demoConfig.apps, 'apps').map((app, i) => readApp(r, app, `apps[${i}]`, seed));
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
  const defaultPersona = r.string(o.defaultPersona, 'defaultPersona', personas[0]?.key ?? '');
  if (o.defaultPersona !== undefined && !personas.some((p) => p.key === defaultPersona)) {
    r.fail('defaultPersona', `expected the key of a persona, got ${show(defaultPersona)}`);
  }
  const lifetimes = readLifetimes(r, o.lifetimes);
  const fidelity = readFidelity(r, o.fidelity);
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
  });
  validated.add(config);
  return config;
}

import type { AppLifetimes } from '../../contract/index.js';
import { deriveAppid, deriveSecret } from '../core/identifiers.js';
import { join, type Reader, show } from './config-reader.js';
import type { AppConfig, AppKind } from './mock-config.js';

const APP_KINDS: readonly AppKind[] = ['website', 'official-account', 'mini-program'];
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;
/** WeChat's minute quota per endpoint (reference §6). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 50_000;

/** An app from a config file or the control API; appid and secret derive from the seed when left out. */
export function readApp(r: Reader, raw: unknown, path: string, seed: string): AppConfig {
  const o = r.object(raw, path, [
    'appid',
    'secret',
    'kind',
    'name',
    'account',
    'callbackDomains',
    'rateLimitPerMinute',
    'lifetimes',
  ]);
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
  // A mini-program has no redirect and so no callback domains (ML§1): none is the only valid list.
  if (kind === 'mini-program') {
    if (o.callbackDomains !== undefined) r.fail(domainsPath, 'a mini-program has no callback domains (ML§1)');
    return {
      appid,
      secret,
      kind,
      name,
      account,
      callbackDomains: [],
      rateLimitPerMinute: readRateLimit(r, o, path),
      lifetimes: readAppLifetimes(r, o.lifetimes, join(path, 'lifetimes'), kind),
    };
  }
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
  return {
    appid,
    secret,
    kind,
    name,
    account,
    callbackDomains: domains,
    rateLimitPerMinute: readRateLimit(r, o, path),
    lifetimes: readAppLifetimes(r, o.lifetimes, join(path, 'lifetimes'), kind),
  };
}

function readRateLimit(r: Reader, o: Record<string, unknown>, path: string): number {
  return r.integer(
    o.rateLimitPerMinute,
    join(path, 'rateLimitPerMinute'),
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    1,
    1_000_000_000,
  );
}

const APP_LIFETIME_KEYS = ['codeSeconds', 'accessTokenSeconds', 'refreshTokenSeconds'] as const;
/** The longest lifetime the mock takes, as for the global ones: 366 days. */
export const MAX_LIFETIME_SECONDS = 366 * 24 * 3600;

/** The app's own lifetimes: each one given overrides the global one for this app; none given is `{}`. */
function readAppLifetimes(r: Reader, raw: unknown, path: string, kind: AppKind): AppLifetimes {
  if (raw === undefined) return {};
  const o = r.object(raw, path, APP_LIFETIME_KEYS);
  const lifetimes: AppLifetimes = {};
  for (const key of APP_LIFETIME_KEYS) {
    if (o[key] === undefined) continue;
    // A mini-program's code buys a session_key, never an access_token or refresh_token (ML§1).
    if (kind === 'mini-program' && key !== 'codeSeconds') {
      r.fail(join(path, key), 'a mini-program gets no access_token or refresh_token (ML§1); only codeSeconds applies');
      continue;
    }
    lifetimes[key] = r.integer(o[key], join(path, key), 0, 1, MAX_LIFETIME_SECONDS);
  }
  return lifetimes;
}

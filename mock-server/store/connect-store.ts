import { Redis, type RedisOptions } from 'ioredis';
import type { StoreSettings } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../logging/logger.js';
import { StartupError } from '../startup-error.js';
import { SharedStore } from './shared-store.js';

/** How long the first connection may take before the mock gives up starting. */
const CONNECT_TIMEOUT_MS = 3000;

/** The store's URL as it may be printed: without its password. */
export function publicStoreUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/)([^@/]*)@/, (_, scheme: string, auth: string) =>
    auth.includes(':') ? `${scheme}${auth.slice(0, auth.indexOf(':'))}:***@` : `${scheme}***@`,
  );
}

/**
 * The connection options a `redis://` or `rediss://` URL names, read with the WHATWG URL parser: given the URL
 * itself, ioredis reads it with `url.parse()`, which Node 24 warns about on stderr at every start.
 */
function optionsOfUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(db === '' ? {} : { db: Number(db) }),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * Connects to the shared store named by `--store` (docs/decisions/0026): a command connection and a
 * subscriber for cross-process wake-ups. Unreachable at start is a StartupError (one line, exit 1). Once
 * running, a lost connection is retried forever, at most a second apart; meanwhile commands fail at once
 * (no offline queue), so requests answer `-1 system error` instead of hanging, and the health check says so.
 */
export async function connectStore(settings: StoreSettings, clock: Clock, logger: Logger): Promise<SharedStore> {
  const where = publicStoreUrl(settings.url);
  // Until both connections are up, a failure ends the start instead of being retried and logged.
  let started = false;
  /** Why a connection failed, as the socket said (the connect promise only says it closed). */
  let firstError: Error | undefined;
  const open = (role: string) => {
    const redis = new Redis({
      ...optionsOfUrl(settings.url),
      lazyConnect: true,
      enableOfflineQueue: role === 'subscriber',
      maxRetriesPerRequest: 0,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: (times) => (started ? Math.min(times * 100, 1000) : null),
      connectionName: `wechat-oauth-mock:${role}`,
      // The commands of concurrent requests issued in one turn go out in one write (docs/decisions/0031).
      enableAutoPipelining: role === 'commands',
    });
    let lost = false;
    redis.on('error', (error: Error) => {
      firstError ??= error;
      if (started && !lost) logger.error(`shared store ${where} (${role}): ${error.message}; retrying`);
      lost = true;
    });
    redis.on('ready', () => {
      if (lost) logger.info(`shared store ${where} (${role}): connected again`);
      lost = false;
    });
    return redis;
  };
  const redis = open('commands');
  const subscriber = open('subscriber');
  try {
    await Promise.all([redis.connect(), subscriber.connect()]);
    await redis.ping();
    started = true;
  } catch (error) {
    redis.disconnect();
    subscriber.disconnect();
    throw new StartupError(`--store ${where}: cannot connect: ${(firstError ?? (error as Error)).message}`);
  }
  return new SharedStore(redis, subscriber, settings.prefix, clock);
}

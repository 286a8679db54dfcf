import type { Clock } from '../core/clock.js';
import type { CallQuota } from '../model/rate-limiter.js';
import type { SharedStore } from './shared-store.js';

/** Which counts a limiter keeps, and for how long Redis keeps a window's counter after its last call. */
export interface SharedQuotaOptions {
  /** The key prefix of its counters (`rate` for the minute quota, `daily` for the server token's). */
  readonly table: string;
  readonly windowOf: (now: number) => number;
  readonly keepMs: number;
}

/**
 * A call quota (reference §6, ML§5) counted in Redis: one INCR per call, made by the request's commit
 * (docs/decisions/0031), so every process counts against one window, a retried request counts once and
 * concurrent calls never conflict over a count. The window is the mock's clock's (it is part of the key);
 * the TTL only collects.
 */
export class SharedRateLimiter implements CallQuota {
  readonly #store: SharedStore;
  readonly #clock: Clock;
  readonly #options: SharedQuotaOptions;

  constructor(store: SharedStore, clock: Clock, options: SharedQuotaOptions) {
    this.#store = store;
    this.#clock = clock;
    this.#options = options;
  }

  allow(appid: string, name: string, limit: number): boolean {
    const { table, windowOf, keepMs } = this.#options;
    const key = this.#store.key(`${table}:${appid}:${name}:${windowOf(this.#clock.now())}`);
    return this.#store.current().countWithin(key, keepMs, limit);
  }

  clear(appid?: string): void {
    const { table } = this.#options;
    const pattern = appid === undefined ? `${table}:*` : `${table}:${appid}:*`;
    this.#store.current().afterCommit.push(() => this.#store.deleteUnder(pattern));
  }
}

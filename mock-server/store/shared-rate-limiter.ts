import type { Clock } from '../core/clock.js';
import { type MinuteQuota, minuteOf } from '../model/rate-limiter.js';
import type { SharedStore } from './shared-store.js';

/** A minute's counter outlives its minute by this much, then Redis drops it. */
const KEEP_MS = 120_000;

/**
 * The per-app minute quota (reference §6) counted in Redis: one INCR per call, made by the request's commit
 * (docs/decisions/0031), so every process counts against one window and a retried request counts once.
 */
export class SharedRateLimiter implements MinuteQuota {
  readonly #store: SharedStore;
  readonly #clock: Clock;

  constructor(store: SharedStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  allow(appid: string, endpoint: string, perMinute: number): boolean {
    const key = this.#store.key(`rate:${appid}:${endpoint}:${minuteOf(this.#clock.now())}`);
    return this.#store.current().countWithin(key, KEEP_MS, perMinute);
  }

  clear(appid?: string): void {
    const pattern = appid === undefined ? 'rate:*' : `rate:${appid}:*`;
    this.#store.current().afterCommit.push(() => this.#store.deleteUnder(pattern));
  }
}

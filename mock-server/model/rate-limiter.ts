import type { Clock } from '../core/clock.js';

interface Window {
  window: number;
  count: number;
}

/** The whole minute of the mock's clock an instant falls in: the /sns minute quota's window (reference §6). */
export const minuteOf = (now: number): number => Math.floor(now / 60_000);

/**
 * The calendar day in China (UTC+8) an instant of the mock's clock falls in: the window of WeChat's daily
 * quotas (ML§5.1, ML§5.2). Where the day ends is inferred (docs/decisions/0028).
 */
export const chinaDayOf = (now: number): number => Math.floor((now + 8 * 3600_000) / 86_400_000);

/** Counts calls per app, name and window of the mock's clock: this process's count, or a shared store's. */
export interface CallQuota {
  /** Counts a call; false when it is over `limit` for the current window. */
  allow(appid: string, name: string, limit: number): boolean;
  /** Forgets every count, or those of one app. */
  clear(appid?: string): void;
}

/**
 * Counts calls per app and name in windows of the mock's clock (`windowOf` tells an instant's window): WeChat's
 * per-app minute quota on each endpoint (50 000 calls a minute by default, reference §6: 45011 once exceeded),
 * and the daily quotas of the server token (ML§5: 45009). Bounded by the registered apps and their endpoints.
 */
export class RateLimiter implements CallQuota {
  /** appid → name → the current window's count. */
  readonly #windows = new Map<string, Map<string, Window>>();
  readonly #clock: Clock;
  readonly #windowOf: (now: number) => number;

  constructor(clock: Clock, windowOf: (now: number) => number) {
    this.#clock = clock;
    this.#windowOf = windowOf;
  }

  allow(appid: string, name: string, limit: number): boolean {
    const window = this.#windowOf(this.#clock.now());
    let windows = this.#windows.get(appid);
    if (windows === undefined) {
      windows = new Map();
      this.#windows.set(appid, windows);
    }
    let current = windows.get(name);
    if (current === undefined) {
      current = { window, count: 0 };
      windows.set(name, current);
    } else if (current.window !== window) {
      current.window = window;
      current.count = 0;
    }
    return ++current.count <= limit;
  }

  clear(appid?: string): void {
    if (appid === undefined) this.#windows.clear();
    else this.#windows.delete(appid);
  }
}

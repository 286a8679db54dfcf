import type { Clock } from '../core/clock.js';

interface Window {
  minute: number;
  count: number;
}

/** The whole minute of the mock's clock an instant falls in: a quota window (reference §6). */
export const minuteOf = (now: number): number => Math.floor(now / 60_000);

/** Counts calls per app, endpoint and minute: this process's count, or a shared store's. */
export interface MinuteQuota {
  /** Counts a call; false when it is over the app's limit for this minute. */
  allow(appid: string, endpoint: string, perMinute: number): boolean;
  /** Forgets every count, or those of one app. */
  clear(appid?: string): void;
}

/**
 * WeChat's per-app minute quota on each /sns endpoint (50 000 calls a minute by default: reference §6),
 * answered with 45011 once exceeded. Windows are whole minutes of the mock's clock.
 */
export class RateLimiter implements MinuteQuota {
  /** appid → endpoint → the current minute's count. */
  readonly #windows = new Map<string, Map<string, Window>>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Counts a call; false when it is over the app's limit for this minute. */
  allow(appid: string, endpoint: string, perMinute: number): boolean {
    const minute = minuteOf(this.#clock.now());
    let windows = this.#windows.get(appid);
    if (windows === undefined) {
      windows = new Map();
      this.#windows.set(appid, windows);
    }
    let window = windows.get(endpoint);
    if (window === undefined) {
      window = { minute, count: 0 };
      windows.set(endpoint, window);
    } else if (window.minute !== minute) {
      window.minute = minute;
      window.count = 0;
    }
    return ++window.count <= perMinute;
  }

  /** Forgets every count, or those of one app. */
  clear(appid?: string): void {
    if (appid === undefined) this.#windows.clear();
    else this.#windows.delete(appid);
  }
}

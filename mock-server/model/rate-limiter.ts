import type { Clock } from '../core/clock.js';

interface Window {
  minute: number;
  count: number;
}

/**
 * WeChat's per-app minute quota on each /sns endpoint (50 000 calls a minute by default: reference §6),
 * answered with 45011 once exceeded. Windows are whole minutes of the mock's clock.
 */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Counts a call; false when it is over the app's limit for this minute. */
  allow(appid: string, endpoint: string, perMinute: number): boolean {
    const minute = Math.floor(this.#clock.now() / 60_000);
    const key = `${appid} ${endpoint}`;
    let window = this.#windows.get(key);
    if (window === undefined || window.minute !== minute) {
      window = { minute, count: 0 };
      this.#windows.set(key, window);
    }
    return ++window.count <= perMinute;
  }

  /** Forgets every count, or those of one app. */
  clear(appid?: string): void {
    for (const key of this.#windows.keys()) {
      if (appid === undefined || key.startsWith(`${appid} `)) this.#windows.delete(key);
    }
  }
}

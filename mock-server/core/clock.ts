/**
 * The mock's one clock. Every lifetime (codes, tokens, login sessions) and the rid timestamp in
 * errmsg suffixes follow it, so the control plane can move time and expiry follows.
 * This is the only file that reads the real time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as the mock sees it. */
  now(): number;
  /** How far the mock's clock is ahead of real time, in milliseconds. */
  readonly offsetMs: number;
  /** Moves the mock's clock forward. */
  advance(ms: number): void;
  /** Puts the mock's clock back on real time. */
  reset(): void;
}

export function createSystemClock(): Clock {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    get offsetMs() {
      return offsetMs;
    },
    advance(ms: number) {
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
    },
  };
}

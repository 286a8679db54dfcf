/**
 * The mock's one clock. Every lifetime (codes, tokens, login sessions), the rate-limit windows and the rid
 * timestamp in errmsg suffixes follow it, so the control plane can move, set and freeze time and expiry
 * follows. This is the only file that reads the real time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as the mock sees it. */
  now(): number;
  /** How far the mock's clock is from real time, in milliseconds (at this instant). */
  readonly offsetMs: number;
  readonly frozen: boolean;
  /** Moves the mock's clock forward. */
  advance(ms: number): void;
  /** Puts the mock's clock at `epochMs` (frozen or running, as it was). */
  set(epochMs: number): void;
  /** Stops time at the current instant; advance and set still move it. */
  freeze(): void;
  /** Lets time run again from where it stands. */
  unfreeze(): void;
  /** Back on real time, running. */
  reset(): void;
}

export function createSystemClock(): Clock {
  let offsetMs = 0;
  let frozenAt: number | undefined;
  const now = () => frozenAt ?? Date.now() + offsetMs;
  return {
    now,
    get offsetMs() {
      return frozenAt === undefined ? offsetMs : frozenAt - Date.now();
    },
    get frozen() {
      return frozenAt !== undefined;
    },
    advance(ms) {
      if (frozenAt !== undefined) frozenAt += ms;
      else offsetMs += ms;
    },
    set(epochMs) {
      if (frozenAt !== undefined) frozenAt = epochMs;
      else offsetMs = epochMs - Date.now();
    },
    freeze() {
      frozenAt = now();
    },
    unfreeze() {
      if (frozenAt === undefined) return;
      offsetMs = frozenAt - Date.now();
      frozenAt = undefined;
    },
    reset() {
      offsetMs = 0;
      frozenAt = undefined;
    },
  };
}

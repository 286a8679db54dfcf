import type { Clock } from './clock.js';

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/** Puts between two cheap sweeps of the oldest entries. */
const HEAD_SWEEP_EVERY = 256;
/** A full sweep never runs while the store holds fewer entries than this. */
const FULL_SWEEP_MIN_SIZE = 1024;

/**
 * A key-value store whose entries vanish at their expiry time on the mock's clock.
 *
 * Memory stays bounded however long the mock runs: every few puts the oldest entries (Map order is
 * insertion order, so the head is what expires first when lifetimes are alike) are swept until a live
 * one is met, and a full sweep runs whenever the store has doubled since the last one, which catches
 * entries of mixed lifetimes or a clock that moved back. Both are amortised O(1) per put.
 */
export class ExpiringStore<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #clock: Clock;
  #putsSinceHeadSweep = 0;
  #sizeAfterFullSweep = 0;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Stores `value` until `expiresAt` (ms on the mock's clock); replacing a key keeps its place. */
  put(key: string, value: V, expiresAt: number): void {
    const existing = this.#entries.get(key);
    if (existing) {
      existing.value = value;
      existing.expiresAt = expiresAt;
      return;
    }
    this.#entries.set(key, { value, expiresAt });
    if (++this.#putsSinceHeadSweep >= HEAD_SWEEP_EVERY) this.#sweepHead();
    const size = this.#entries.size;
    if (size >= FULL_SWEEP_MIN_SIZE && size >= 2 * this.#sizeAfterFullSweep) this.sweep();
  }

  /** The live value under `key`, or undefined when there is none or it has expired. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#clock.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Removes and returns the live value under `key`. */
  take(key: string): V | undefined {
    const value = this.get(key);
    if (value !== undefined) this.#entries.delete(key);
    return value;
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  /** Every value not yet expired, oldest put first. */
  *live(): Generator<V> {
    const now = this.#clock.now();
    for (const entry of this.#entries.values()) if (entry.expiresAt > now) yield entry.value;
  }

  /** Drops every entry for which `predicate` holds. */
  deleteWhere(predicate: (value: V) => boolean): number {
    let deleted = 0;
    for (const [key, entry] of this.#entries) {
      if (predicate(entry.value)) {
        this.#entries.delete(key);
        deleted++;
      }
    }
    return deleted;
  }

  clear(): void {
    this.#entries.clear();
    this.#sizeAfterFullSweep = 0;
  }

  /** Removes every expired entry; returns how many went. */
  sweep(): number {
    const now = this.#clock.now();
    let removed = 0;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(key);
        removed++;
      }
    }
    this.#sizeAfterFullSweep = this.#entries.size;
    this.#putsSinceHeadSweep = 0;
    return removed;
  }

  #sweepHead(): void {
    this.#putsSinceHeadSweep = 0;
    const now = this.#clock.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) return;
      this.#entries.delete(key);
    }
  }
}

import type { Clock } from './clock.js';
import type { RecordStore, StoreCapacity } from './record-store.js';

interface Entry<V> {
  value: V;
  expiresAt: number;
  /** The capacity group the entry counts against, when the store has a capacity. */
  readonly group: string | undefined;
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
 * entries of mixed lifetimes or a clock that moved back. Both are amortised O(1) per put. With a
 * capacity, memory is also bounded however fast entries are put: each group keeps at most its newest
 * `perGroup` entries.
 */
export class ExpiringStore<V> implements RecordStore<V> {
  readonly #entries = new Map<string, Entry<V>>();
  /** group → its keys, oldest first (a Set keeps insertion order). */
  readonly #groups = new Map<string, Set<string>>();
  readonly #clock: Clock;
  readonly #capacity: StoreCapacity<V> | undefined;
  #putsSinceHeadSweep = 0;
  #sizeAfterFullSweep = 0;

  constructor(clock: Clock, capacity?: StoreCapacity<V>) {
    this.#clock = clock;
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** How many entries `group` holds (0 without a capacity). */
  groupSize(group: string): number {
    return this.#groups.get(group)?.size ?? 0;
  }

  /**
   * Stores `value` until `expiresAt` (ms on the mock's clock); replacing a key keeps its place. Returns
   * the value evicted to make room (the group's oldest, when the group was full), else undefined.
   */
  put(key: string, value: V, expiresAt: number): V | undefined {
    const existing = this.#entries.get(key);
    if (existing) {
      existing.value = value;
      existing.expiresAt = expiresAt;
      return undefined;
    }
    const group = this.#capacity?.groupOf(value);
    const evicted = group === undefined ? undefined : this.#makeRoom(group);
    this.#entries.set(key, { value, expiresAt, group });
    if (group !== undefined) this.#groupKeys(group).add(key);
    if (++this.#putsSinceHeadSweep >= HEAD_SWEEP_EVERY) this.#sweepHead();
    const size = this.#entries.size;
    if (size >= FULL_SWEEP_MIN_SIZE && size >= 2 * this.#sizeAfterFullSweep) this.sweep();
    return evicted;
  }

  /** The live value under `key`, or undefined when there is none or it has expired. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#clock.now()) {
      this.#remove(key, entry);
      return undefined;
    }
    return entry.value;
  }

  /** Removes and returns the live value under `key`. */
  take(key: string): V | undefined {
    const value = this.get(key);
    if (value !== undefined) this.delete(key);
    return value;
  }

  delete(key: string): boolean {
    const entry = this.#entries.get(key);
    if (entry === undefined) return false;
    this.#remove(key, entry);
    return true;
  }

  /** Every value not yet expired, oldest put first. */
  *live(): Generator<V> {
    const now = this.#clock.now();
    for (const entry of this.#entries.values()) if (entry.expiresAt > now) yield entry.value;
  }

  /** Every entry not yet expired as [key, value, expiresAt], oldest put first (what a snapshot saves). */
  *liveEntries(): Generator<[string, V, number]> {
    const now = this.#clock.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt > now) yield [key, entry.value, entry.expiresAt];
  }

  /** Drops every entry for which `predicate` holds. */
  deleteWhere(predicate: (value: V) => boolean): number {
    let deleted = 0;
    for (const [key, entry] of this.#entries) {
      if (predicate(entry.value)) {
        this.#remove(key, entry);
        deleted++;
      }
    }
    return deleted;
  }

  clear(): void {
    this.#entries.clear();
    this.#groups.clear();
    this.#sizeAfterFullSweep = 0;
  }

  /** Removes every expired entry; returns how many went. */
  sweep(): number {
    const now = this.#clock.now();
    let removed = 0;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#remove(key, entry);
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
      this.#remove(key, entry);
    }
  }

  #makeRoom(group: string): V | undefined {
    const keys = this.#groups.get(group);
    const perGroup = this.#capacity?.perGroup ?? Number.POSITIVE_INFINITY;
    if (keys === undefined || keys.size < perGroup) return undefined;
    // The oldest key of the group comes first; expired or not, it is the one to go.
    const oldest = keys.values().next().value as string;
    const entry = this.#entries.get(oldest) as Entry<V>;
    this.#remove(oldest, entry);
    return entry.value;
  }

  #groupKeys(group: string): Set<string> {
    let keys = this.#groups.get(group);
    if (keys === undefined) {
      keys = new Set();
      this.#groups.set(group, keys);
    }
    return keys;
  }

  #remove(key: string, entry: Entry<V>): void {
    this.#entries.delete(key);
    if (entry.group === undefined) return;
    const keys = this.#groups.get(entry.group);
    keys?.delete(key);
    if (keys?.size === 0) this.#groups.delete(entry.group);
  }
}

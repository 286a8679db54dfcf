import type { RawCache } from './unit-of-work.js';

/**
 * The records this process read from or wrote to Redis lately, raw, by full key (docs/decisions/0031): a
 * request reads them without a round trip and its commit checks each is still what was cached, so a record
 * another process changed meanwhile is a conflict, never a stale answer. Bounded by two generations of at
 * most half the capacity each: when the young one is full the old one is dropped whole, so the records set
 * longest ago go first and no set ever pays for an eviction (deleting a Map's oldest entry one at a time
 * leaves holes its next oldest-entry lookup scans past).
 */
export class RawRecordCache implements RawCache {
  #young = new Map<string, string>();
  #old = new Map<string, string>();
  readonly #generation: number;

  constructor(capacity: number) {
    this.#generation = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: string): string | undefined {
    return this.#young.get(key) ?? this.#old.get(key);
  }

  /** Remembers `raw` under `key` (null: the record is gone, so it is forgotten). */
  set(key: string, raw: string | null): void {
    this.#old.delete(key);
    if (raw === null) {
      this.#young.delete(key);
      return;
    }
    this.#young.set(key, raw);
    if (this.#young.size >= this.#generation) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }

  /** Forgets every record (a reset deletes keys without reading them). */
  clear(): void {
    this.#young.clear();
    this.#old.clear();
  }
}

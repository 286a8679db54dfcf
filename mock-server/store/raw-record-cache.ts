import type { RawCache } from './unit-of-work.js';

/**
 * The records this process read from or wrote to Redis lately, raw, by full key (docs/decisions/0031): a
 * request reads them without a round trip and its commit checks each is still what was cached, so a record
 * another process changed meanwhile is a conflict, never a stale answer. Bounded: the oldest entry goes first.
 */
export class RawRecordCache implements RawCache {
  readonly #entries = new Map<string, string>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: string): string | undefined {
    return this.#entries.get(key);
  }

  /** Remembers `raw` under `key` (null: the record is gone, so it is forgotten). */
  set(key: string, raw: string | null): void {
    this.#entries.delete(key);
    if (raw === null) return;
    this.#entries.set(key, raw);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  /** Forgets every record (a reset deletes keys without reading them). */
  clear(): void {
    this.#entries.clear();
  }
}

import type { Clock } from '../core/clock.js';
import type { RecordCodec, RecordStore, StoreCapacity } from '../core/record-store.js';
import type { UnitOfWork } from './unit-of-work.js';

interface Entry<V> {
  value: V | undefined;
  expiresAt: number;
  /** The capacity group the record counts against (tables with a capacity): read with it, or its first put's. */
  group: string | undefined;
}

/** A table's capacity in Redis (docs/decisions/0034): each group's records listed in a sorted set, oldest first. */
export interface SharedCapacity<V> extends StoreCapacity<V> {
  /** The full key prefix of the groups' indexes (`<prefix>capacity:<table>:<group>`). */
  readonly index: string;
  /** The channel the commit publishes on when it evicts one of the table's records ('' when nobody watches). */
  readonly wake: string;
}

/**
 * A book's records in Redis, seen through the current request's unit of work (docs/decisions/0026). Each
 * record is one string key, `<expiresAt>|<encoded value>`; expiry is judged by the mock's clock (which can
 * move), and Redis forgets a record a day after it expired (its TTL is only the garbage collector). The same
 * key read twice in one attempt gives the same object, so a book can change it in place as it does in memory;
 * the commit writes back every record whose encoding changed. With `keepsExpiry: false` a record is a
 * pointer whose value's own store judges expiry (the access_token → grant index); with `follow` (its
 * target's prefix) a pointer read from Redis brings its target along (docs/decisions/0031). With a `capacity`
 * a record is `<expiresAt>|<group>|<encoded value>`, so that its group is known even when its value no longer
 * decodes (its app or persona was deleted), and the commit keeps each group's index (docs/decisions/0034).
 */
export class SharedRecords<V> implements RecordStore<V> {
  readonly #prefix: string;
  readonly #codec: RecordCodec<V>;
  readonly #clock: Clock;
  readonly #uow: () => UnitOfWork;
  readonly #keepsExpiry: boolean;
  readonly #follow: string | undefined;
  readonly #capacity: SharedCapacity<V> | undefined;

  constructor(
    prefix: string,
    codec: RecordCodec<V>,
    clock: Clock,
    uow: () => UnitOfWork,
    options: { keepsExpiry: boolean; follow?: string | undefined; capacity?: SharedCapacity<V> | undefined } = {
      keepsExpiry: true,
    },
  ) {
    this.#prefix = prefix;
    this.#codec = codec;
    this.#clock = clock;
    this.#uow = uow;
    this.#keepsExpiry = options.keepsExpiry;
    this.#follow = options.follow;
    this.#capacity = options.capacity;
  }

  /** The full key prefix of this table's records. */
  get prefix(): string {
    return this.#prefix;
  }

  get size(): number {
    return [...this.live()].length;
  }

  get(key: string): V | undefined {
    const entry = this.#entry(this.#uow(), this.#prefix + key);
    return entry.value !== undefined && entry.expiresAt > this.#clock.now() ? entry.value : undefined;
  }

  put(key: string, value: V, expiresAt: number): undefined {
    const uow = this.#uow();
    const full = this.#prefix + key;
    const entry = uow.values.get(full) as Entry<V> | undefined;
    if (entry === undefined) this.#hold(uow, full, { value, expiresAt, group: this.#capacity?.groupOf(value) });
    else {
      entry.value = value;
      entry.expiresAt = expiresAt;
      entry.group ??= this.#capacity?.groupOf(value);
    }
    // An eviction to make room happens in the commit (docs/decisions/0034); the capacity's `watched` says who hears.
    return undefined;
  }

  take(key: string): V | undefined {
    const value = this.get(key);
    if (value !== undefined) this.delete(key);
    return value;
  }

  delete(key: string): boolean {
    const entry = this.#entry(this.#uow(), this.#prefix + key);
    const existed = entry.value !== undefined;
    entry.value = undefined;
    return existed;
  }

  *live(): Generator<V> {
    for (const [, value] of this.liveEntries()) yield value;
  }

  /** Every live record, soonest to expire first (Redis keeps no insertion order). */
  liveEntries(): [string, V, number][] {
    const uow = this.#uow();
    const now = this.#clock.now();
    const found: [string, V, number][] = [];
    for (const full of uow.keysUnder(this.#prefix)) {
      const entry = this.#entry(uow, full);
      if (entry.value !== undefined && entry.expiresAt > now) {
        found.push([full.slice(this.#prefix.length), entry.value, entry.expiresAt]);
      }
    }
    return found.sort((a, b) => a[2] - b[2]);
  }

  deleteWhere(predicate: (value: V) => boolean): number {
    const uow = this.#uow();
    let deleted = 0;
    for (const full of uow.keysUnder(this.#prefix)) {
      const entry = this.#entry(uow, full);
      if (entry.value !== undefined && predicate(entry.value)) {
        entry.value = undefined;
        deleted++;
      }
    }
    return deleted;
  }

  clear(): void {
    this.deleteWhere(() => true);
  }

  #entry(uow: UnitOfWork, full: string): Entry<V> {
    const held = uow.values.get(full) as Entry<V> | undefined;
    if (held !== undefined) return held;
    const raw = uow.read(full, this.#follow);
    const entry: Entry<V> = { value: undefined, expiresAt: 0, group: undefined };
    if (raw !== null) {
      const bar = raw.indexOf('|');
      let start = bar + 1;
      // A record a build before docs/decisions/0034 wrote has its JSON right after the expiry: no group.
      if (this.#capacity !== undefined && raw[start] !== '{') {
        start = raw.indexOf('|', start) + 1;
        entry.group = raw.slice(bar + 1, start - 1);
      }
      entry.value = this.#codec.decode(raw.slice(start));
      entry.expiresAt = this.#keepsExpiry ? Number(raw.slice(0, bar)) : Number.POSITIVE_INFINITY;
      if (entry.value !== undefined) entry.group ??= this.#capacity?.groupOf(entry.value);
    }
    this.#hold(uow, full, entry);
    return entry;
  }

  #hold(uow: UnitOfWork, full: string, entry: Entry<V>): void {
    uow.values.set(full, entry);
    const capacity = this.#capacity;
    uow.held.set(full, {
      encode: () => {
        if (entry.value === undefined) return null;
        const group = capacity === undefined ? '' : `${entry.group}|`;
        return `${this.#keepsExpiry ? entry.expiresAt : '-'}|${group}${this.#codec.encode(entry.value)}`;
      },
      expiresAt: () => entry.expiresAt,
      pointer: !this.#keepsExpiry,
      grouped:
        capacity === undefined
          ? undefined
          : () =>
              entry.group === undefined
                ? undefined
                : {
                    index: capacity.index + entry.group,
                    member: full.slice(this.#prefix.length),
                    records: this.#prefix,
                    perGroup: capacity.perGroup,
                    wake: capacity.wake,
                  },
    });
  }
}

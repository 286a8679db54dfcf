/**
 * The storage boundary the model's books keep their records behind (docs/decisions/0026): keyed values
 * that vanish at an expiry time on the mock's clock. `ExpiringStore` keeps them in this process's memory
 * (the default); `SharedRecords` keeps them in Redis for several processes. Books mutate the values they
 * get in place; the shared store writes back whatever a request changed.
 */
export interface RecordStore<V> {
  /** How many entries are held (in a shared store: what this request has seen). */
  readonly size: number;
  /** Stores `value` until `expiresAt`; returns a value evicted to make room, if the store has a capacity. */
  put(key: string, value: V, expiresAt: number): V | undefined;
  /** The live value under `key`, or undefined. */
  get(key: string): V | undefined;
  /** Removes and returns the live value under `key`. */
  take(key: string): V | undefined;
  delete(key: string): boolean;
  /** Every live value. */
  live(): Iterable<V>;
  /** Every live entry as [key, value, expiresAt]. */
  liveEntries(): Iterable<[string, V, number]>;
  /** Drops every entry for which `predicate` holds; returns how many. */
  deleteWhere(predicate: (value: V) => boolean): number;
  clear(): void;
}

/** How a book's value is written to a shared store and read back (memory stores keep the object itself). */
export interface RecordCodec<V> {
  encode(value: V): string;
  /** The value, or undefined when what it refers to is gone (e.g. its app was deleted). */
  decode(text: string): V | undefined;
}

/**
 * A bound on how many records one group (e.g. one app's) may hold: putting one more evicts that group's
 * oldest record, so a flood of requests for one app can neither grow the store nor push out another app's
 * (docs/decisions/0015; on a shared store docs/decisions/0034).
 */
export interface StoreCapacity<V> {
  readonly perGroup: number;
  /** The group a value counts against; a key's group is fixed by the value it was first put with. */
  readonly groupOf: (value: V) => string;
  /**
   * Whether someone watches the table's records (a QR page's long poll), so an eviction must wake them. In
   * memory the book does that from what `put` returns; a shared store evicts in its commit and publishes
   * `wake` there, since the request that put the record cannot know what another process holds.
   */
  readonly watched?: true;
}

/** Makes the record store of one of the model's tables; which kind is decided once, when the model is built. */
export type RecordStores = <V>(table: string, codec: RecordCodec<V>, capacity?: StoreCapacity<V>) => RecordStore<V>;

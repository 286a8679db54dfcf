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

/** Makes the record store of one of the model's tables; which kind is decided once, when the model is built. */
export type RecordStores = <V>(
  table: string,
  codec: RecordCodec<V>,
  capacity?: { readonly perGroup: number; readonly groupOf: (value: V) => string },
) => RecordStore<V>;

/**
 * Thrown when a request's synchronous logic needs a record this unit of work has not read from Redis yet.
 * It never leaves `SharedStore.run`: the store reads what was missing and runs the logic again.
 */
export class MissingRecords extends Error {
  constructor() {
    super('the unit of work reads more records first');
    this.name = 'MissingRecords';
  }
}

/** The one instance thrown: it carries no stack (capturing one per missing read cost more than the read). */
const MISSING = new MissingRecords();

/** A record as one attempt holds it: what the logic got (and may have changed in place) or put. */
export interface HeldRecord {
  /** Writes the record back in its stored form (null: delete it). */
  readonly encode: () => string | null;
  /** When Redis may forget it (ms on the mock's clock), or Infinity. */
  readonly expiresAt: () => number;
  /**
   * A pointer may be written again unread with the same value (a refresh re-files its access_token); any
   * other record written unread must be new, so identifiers minted alike by two processes never merge.
   */
  readonly pointer: boolean;
  /** Where a record of a table with a capacity is listed (docs/decisions/0034); undefined for other tables. */
  readonly grouped: (() => GroupedRecord | undefined) | undefined;
}

/** A record's place in its group's index: what the commit adds when it creates the record, removes when it deletes it. */
export interface GroupedRecord {
  /** The full key of the group's index (a sorted set of the group's record keys, oldest first). */
  readonly index: string;
  /** The record's key without its table's prefix. */
  readonly member: string;
  /** The full key prefix of the table's records. */
  readonly records: string;
  readonly perGroup: number;
  /** The channel published when an eviction ends one of the group's records ('' for none). */
  readonly wake: string;
}

/** A counter the commit increments, and what the logic decided assuming its count (a minute quota). */
export interface CountedCall {
  readonly key: string;
  /** How long Redis keeps the counter (ms). */
  readonly keepMs: number;
  readonly limit: number;
  /** What the logic was told: whether the count after this call is within `limit`. */
  readonly allowed: boolean;
}

/** Raw records this process read or wrote lately (docs/decisions/0031); a unit of work checks them at commit. */
export interface RawCache {
  get(key: string): string | undefined;
}

/**
 * One request's view of the shared state (docs/decisions/0026, 0031): the raw records read for it, and per
 * attempt the records its logic touched. A read is answered from what this request read from Redis, else
 * from this process's cache of recent records (and then checked unchanged by the commit), else it throws
 * `MissingRecords` (and is noted). Counters are incremented by the commit itself, once per request. Nothing
 * here talks to Redis: `SharedStore` loads and commits.
 */
export class UnitOfWork {
  /** Raw values as read (null: absent), kept across attempts until a commit conflicts. */
  readonly raws = new Map<string, string | null>();
  /** Keys of `raws` taken from the process's cache: the commit checks they still hold that value. */
  readonly cachedReads = new Set<string>();
  /** Key prefixes whose every key is in `raws`. */
  readonly scanned = new Set<string>();
  /** Counts the commit found when it contradicted the logic's guess (kept across conflicts). */
  readonly counts = new Map<string, number>();
  readonly missing = new Set<string>();
  /** Missing pointers, with the prefix of their targets' keys: the load reads both at once. */
  readonly follows = new Map<string, string>();
  readonly missingScans = new Set<string>();
  readonly #cache: RawCache;
  /** After a conflict every read goes to Redis: the cache may hold what conflicted. */
  #fresh = false;
  /** Counters the commit increments, with the decisions the logic made (this attempt). */
  counted: CountedCall[] = [];
  /** Journal records (JSON) the commit appends (this attempt). */
  journal: string[] = [];
  /** Records touched in this attempt, by full key. */
  held = new Map<string, HeldRecord>();
  /** Values this attempt decoded or put, by full key (a store's cache of live objects). */
  values = new Map<string, unknown>();
  /** Messages to publish with the commit (channel, message). */
  publishes: [string, string][] = [];
  /** Work that must follow a successful commit (e.g. trimming the journal). */
  afterCommit: (() => Promise<unknown>)[] = [];

  constructor(cache: RawCache) {
    this.#cache = cache;
  }

  get hasMissing(): boolean {
    return this.missing.size > 0 || this.missingScans.size > 0;
  }

  /** Whether reads may be answered from the process's cache (not after a conflict). */
  get cacheable(): boolean {
    return !this.#fresh;
  }

  /**
   * The raw value under `key`; throws MissingRecords (and notes the key) when it was not read yet. `follow`:
   * the key is a pointer to a record under that prefix, to be read with it.
   */
  read(key: string, follow?: string): string | null {
    const raw = this.raws.get(key);
    if (raw !== undefined) return raw;
    if (!this.#fresh) {
      const cached = this.#cache.get(key);
      if (cached !== undefined) {
        this.assume(key, cached);
        return cached;
      }
    }
    this.missing.add(key);
    if (follow !== undefined) this.follows.set(key, follow);
    throw MISSING;
  }

  /** Reads `raw` under `key` without asking Redis; the commit checks it is still so. */
  assume(key: string, raw: string): void {
    this.raws.set(key, raw);
    this.cachedReads.add(key);
  }

  /** Notes that `key` will be written without having been read: the commit checks it is absent (or equal). */
  isRead(key: string): boolean {
    return this.raws.has(key);
  }

  /** Every key read under `prefix` (a scan), throwing MissingRecords until the scan was made. */
  keysUnder(prefix: string): string[] {
    if (!this.scanned.has(prefix)) {
      this.missingScans.add(prefix);
      throw MISSING;
    }
    const keys: string[] = [];
    for (const [key, raw] of this.raws) if (raw !== null && key.startsWith(prefix)) keys.push(key);
    for (const key of this.held.keys()) if (key.startsWith(prefix) && !this.raws.get(key)) keys.push(key);
    return keys;
  }

  /**
   * Counts one call on the counter `key` (the commit increments it) and says whether the count is within
   * `limit`. The first guess is yes; when the commit finds otherwise it counts nothing and the request runs
   * again knowing the count, so the answer always agrees with the count it made.
   */
  countWithin(key: string, keepMs: number, limit: number): boolean {
    const known = this.counts.get(key);
    const allowed = known === undefined || known <= limit;
    this.counted.push({ key, keepMs, limit, allowed });
    return allowed;
  }

  /** Forgets what an attempt touched, before the logic runs again. */
  startAttempt(): void {
    this.held = new Map();
    this.values = new Map();
    this.publishes = [];
    this.afterCommit = [];
    this.counted = [];
    this.journal = [];
  }

  /** After a conflicting commit: everything read may be stale, so it is read again from Redis (counts stay). */
  forgetReads(): void {
    this.raws.clear();
    this.cachedReads.clear();
    this.scanned.clear();
    this.#fresh = true;
  }
}

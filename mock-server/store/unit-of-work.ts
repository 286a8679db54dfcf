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
}

/**
 * One request's view of the shared state (docs/decisions/0026): the raw records read from Redis for it, and
 * per attempt the records its logic touched. Reads it has not made yet throw `MissingRecords` (and are noted);
 * counters are incremented in Redis once per request and remembered across attempts, so a retried request
 * never counts twice. Nothing here talks to Redis: `SharedStore` loads and commits.
 */
export class UnitOfWork {
  /** Raw values as read (null: absent), kept across attempts until a commit conflicts. */
  readonly raws = new Map<string, string | null>();
  /** Key prefixes whose every key is in `raws`. */
  readonly scanned = new Set<string>();
  /** Counters this request incremented, with the value Redis answered (kept across conflicts). */
  readonly counts = new Map<string, number>();
  readonly missing = new Set<string>();
  readonly missingScans = new Set<string>();
  /** Counters to increment, with how long Redis keeps them (ms). */
  readonly missingCounts = new Map<string, number>();
  /** Records touched in this attempt, by full key. */
  held = new Map<string, HeldRecord>();
  /** Values this attempt decoded or put, by full key (a store's cache of live objects). */
  values = new Map<string, unknown>();
  /** Messages to publish with the commit (channel, message). */
  publishes: [string, string][] = [];
  /** Work that must follow a successful commit (e.g. trimming the journal). */
  afterCommit: (() => Promise<unknown>)[] = [];

  get hasMissing(): boolean {
    return this.missing.size > 0 || this.missingScans.size > 0 || this.missingCounts.size > 0;
  }

  /** The raw value under `key`; throws MissingRecords (and notes the key) when it was not read yet. */
  read(key: string): string | null {
    const raw = this.raws.get(key);
    if (raw !== undefined) return raw;
    this.missing.add(key);
    throw MISSING;
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

  /** The counter's value after this request's one increment. */
  increment(key: string, keepMs: number): number {
    const count = this.counts.get(key);
    if (count !== undefined) return count;
    this.missingCounts.set(key, keepMs);
    throw MISSING;
  }

  /** Forgets what an attempt touched, before the logic runs again. */
  startAttempt(): void {
    this.held = new Map();
    this.values = new Map();
    this.publishes = [];
    this.afterCommit = [];
  }

  /** After a conflicting commit: everything read may be stale, so it is read again (counts stay). */
  forgetReads(): void {
    this.raws.clear();
    this.scanned.clear();
  }
}

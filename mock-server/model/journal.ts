import type { ParsedUrlQuery } from 'node:querystring';
import type { Clock } from '../core/clock.js';
import type { JournalSnapshot } from './model-snapshot.js';

/** One request to a WeChat-facing route and its answer, as recorded (unmasked: views mask on the way out). */
export interface JournalRecord {
  readonly id: number;
  readonly time: number;
  readonly method: string;
  readonly path: string;
  readonly query: ParsedUrlQuery;
  readonly appid: string | null;
  readonly persona: string | null;
  /** 0 when the connection was dropped without an answer. */
  readonly status: number;
  readonly errcode: number | null;
  /** The response headers of an /sns answer (names lowercase); null otherwise. */
  readonly headers: Readonly<Record<string, string>> | null;
  readonly body: string | null;
  readonly location: string | null;
  readonly durationMs: number;
  readonly fault: { readonly id: string; readonly type: string } | null;
}

export interface JournalFilter {
  readonly appid?: string | undefined;
  readonly endpoint?: string | undefined;
  readonly persona?: string | undefined;
  /** Only entries at or after this instant (ms, mock clock). */
  readonly since?: number | undefined;
  /** Only entries with a greater id. */
  readonly after?: number | undefined;
  /** Only entries with a smaller id. */
  readonly before?: number | undefined;
  /** At most this many, the newest that match, oldest first. */
  readonly limit: number;
}

interface Waiter {
  readonly filter: JournalFilter;
  readonly resolve: () => void;
}

/**
 * The longest query value the journal keeps whole. Requests need no credentials, so what they send is
 * bounded here as the number of entries is (docs/decisions/0015); a value beyond it (a state of kilobytes)
 * keeps its start and says how long it was.
 */
export const JOURNAL_VALUE_CHARS = 1024;

// A slice of a string may keep the whole string alive in V8 (a sliced string): the start is copied out.
const bounded = (value: string): string =>
  value.length <= JOURNAL_VALUE_CHARS
    ? value
    : `${Buffer.from(value.slice(0, JOURNAL_VALUE_CHARS)).toString()}…[${value.length} chars]`;

/** `query` with every value within JOURNAL_VALUE_CHARS; the same object when all already are (the usual case). */
export function boundedQuery(query: ParsedUrlQuery): ParsedUrlQuery {
  return hasLongValue(query) ? boundedCopy(query) : query;
}

/** Whether a name or value is over JOURNAL_VALUE_CHARS; allocates nothing (it runs on every request). */
function hasLongValue(query: ParsedUrlQuery): boolean {
  for (const name in query) {
    if (name.length > JOURNAL_VALUE_CHARS) return true;
    const value = query[name];
    if (typeof value === 'string') {
      if (value.length > JOURNAL_VALUE_CHARS) return true;
    } else if (value !== undefined) {
      for (const item of value) if (item.length > JOURNAL_VALUE_CHARS) return true;
    }
  }
  return false;
}

function boundedCopy(query: ParsedUrlQuery): ParsedUrlQuery {
  const copy: ParsedUrlQuery = {};
  for (const [name, value] of Object.entries(query)) {
    copy[bounded(name)] = typeof value === 'string' ? bounded(value) : (value ?? []).map(bounded);
  }
  return copy;
}

export function matches(record: JournalRecord, filter: JournalFilter): boolean {
  return (
    (filter.appid === undefined || record.appid === filter.appid) &&
    (filter.endpoint === undefined || record.path === filter.endpoint) &&
    (filter.persona === undefined || record.persona === filter.persona) &&
    (filter.since === undefined || record.time >= filter.since) &&
    (filter.after === undefined || record.id > filter.after) &&
    (filter.before === undefined || record.id < filter.before)
  );
}

/** What the rest of the mock uses of a journal: this process's ring, or a shared store's stream. */
export type RequestJournal = Pick<Journal, 'lastId' | 'record' | 'waitFor' | 'clear' | 'snapshot' | 'restore'>;

/**
 * A record as the ring keeps it: built by a constructor, not an object literal. V8 tracks each object literal's
 * allocation site and, once nearly all its objects outlive a young-generation collection (the ring keeps the
 * last 1000 requests, about as many as arrive between two collections), allocates that literal's objects in
 * the old generation from then on. The records then die there, and until the next full collection each dead
 * one keeps its query, headers and body alive as roots of the young generation, so every scavenge promoted
 * them all: about 3 µs of CPU per /sns request (bench/ab-server-cpu.mjs; `node --trace-gc-nvp` showed
 * `promoted` of 1.2 MB per scavenge, 4 mark-compacts per 100,000 requests, none with
 * `--no-allocation-site-pretenuring`). Objects made by `new` have no allocation site, so they stay young
 * and die young. Every field is set in the constructor, in one order: one shape for every record.
 */
class KeptRecord implements JournalRecord {
  readonly id: number;
  readonly time: number;
  readonly method: string;
  readonly path: string;
  readonly query: ParsedUrlQuery;
  readonly appid: string | null;
  readonly persona: string | null;
  readonly status: number;
  readonly errcode: number | null;
  readonly headers: Readonly<Record<string, string>> | null;
  readonly body: string | null;
  readonly location: string | null;
  readonly durationMs: number;
  readonly fault: { readonly id: string; readonly type: string } | null;

  constructor(id: number, time: number, entry: Omit<JournalRecord, 'id' | 'time'>) {
    this.id = id;
    this.time = time;
    this.method = entry.method;
    this.path = entry.path;
    this.query = boundedQuery(entry.query);
    this.appid = entry.appid;
    this.persona = entry.persona;
    this.status = entry.status;
    this.errcode = entry.errcode;
    this.headers = entry.headers;
    this.body = entry.body;
    this.location = entry.location;
    this.durationMs = entry.durationMs;
    this.fault = entry.fault;
  }
}

/**
 * The request journal: a bounded ring of the latest requests (each query value at most JOURNAL_VALUE_CHARS),
 * filterable, with long polls that wait for
 * a matching request to arrive ("wait until the client calls userinfo"). Recording is a constant-time
 * write on the request path; filtering and masking happen only when someone reads.
 */
export class Journal {
  readonly #ring: (JournalRecord | undefined)[];
  readonly #clock: Clock;
  #next = 0;
  #lastId = 0;
  #waiters = new Set<Waiter>();

  constructor(size: number, clock: Clock) {
    this.#ring = new Array(size);
    this.#clock = clock;
  }

  /** The id of the newest entry ever recorded (0 before the first). */
  get lastId(): number {
    return this.#lastId;
  }

  /** Records a request, with the next id and the mock's time. */
  record(entry: Omit<JournalRecord, 'id' | 'time'>): void {
    const record = new KeptRecord(++this.#lastId, this.#clock.now(), entry);
    this.#ring[this.#next] = record;
    this.#next = (this.#next + 1) % this.#ring.length;
    for (const waiter of this.#waiters) {
      if (matches(record, waiter.filter)) waiter.resolve();
    }
  }

  /** The newest `limit` entries that match, oldest first. */
  read(filter: JournalFilter): JournalRecord[] {
    const found: JournalRecord[] = [];
    const size = this.#ring.length;
    for (let i = 1; i <= size && found.length < filter.limit; i++) {
      const record = this.#ring[(this.#next - i + size) % size];
      if (record === undefined) break;
      if (matches(record, filter)) found.push(record);
    }
    return found.reverse();
  }

  /**
   * Like read, but when nothing matches yet waits up to `waitMs` for a matching entry to be recorded.
   * `signal` ends the wait early (the client went away, or the server is closing).
   */
  async waitFor(filter: JournalFilter, waitMs: number, signal?: AbortSignal): Promise<JournalRecord[]> {
    const now = this.read(filter);
    if (now.length > 0 || waitMs <= 0 || signal?.aborted) return now;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.#waiters.delete(waiter);
        resolve();
      };
      const waiter: Waiter = { filter, resolve: done };
      const timer = setTimeout(done, waitMs);
      signal?.addEventListener('abort', done);
      this.#waiters.add(waiter);
    });
    return this.read(filter);
  }

  /** Forgets every entry, or only those of one app. */
  clear(appid?: string): void {
    for (let i = 0; i < this.#ring.length; i++) {
      const record = this.#ring[i];
      if (record !== undefined && (appid === undefined || record.appid === appid)) this.#ring[i] = undefined;
    }
    if (appid === undefined) return;
    // Keep the ring contiguous so reads can stop at the first gap.
    const kept = this.#ring.filter((r): r is JournalRecord => r !== undefined).sort((a, b) => a.id - b.id);
    this.#ring.fill(undefined);
    kept.forEach((record, i) => {
      this.#ring[i] = record;
    });
    this.#next = kept.length % this.#ring.length;
  }

  /** Every entry kept, oldest first, and the last id given. */
  snapshot(): JournalSnapshot {
    return { lastId: this.#lastId, records: this.read({ limit: this.#ring.length }) };
  }

  /** Replaces the entries with the snapshot's (its newest, when this ring is smaller); ids go on from `lastId`. */
  restore(snapshot: JournalSnapshot): void {
    const kept = snapshot.records.slice(-this.#ring.length);
    this.#ring.fill(undefined);
    kept.forEach((record, i) => {
      this.#ring[i] = record;
    });
    this.#next = kept.length % this.#ring.length;
    this.#lastId = snapshot.lastId;
  }
}

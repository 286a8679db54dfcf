import { performance } from 'node:perf_hooks';
import type { Clock } from '../core/clock.js';
import {
  boundedQuery,
  type JournalFilter,
  type JournalRecord,
  matches,
  type RequestJournal,
} from '../model/journal.js';
import type { JournalSnapshot } from '../model/model-snapshot.js';
import type { SharedStore } from './shared-store.js';

/**
 * Appends a record: the next id from one counter (so ids are one order across processes), the entry to a
 * capped stream, and a message that wakes every process's journal waits.
 */
const APPEND = `
local id = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[2], '*', 'id', id, 'r', ARGV[1])
redis.call('PUBLISH', ARGV[3], id)
return id
`;

type AppendRedis = { appendJournal(numKeys: number, ...args: (string | number)[]): Promise<number> };

/**
 * The request journal in a Redis stream (docs/decisions/0026): one ordered journal for every process on the
 * store, capped at `journalSize` entries; a `wait` on any process is woken by a record made on any other
 * (a process subscribes to the records' channel only while it holds a wait).
 * A request answered in a unit of work appends its record with the unit's commit, before the answer is sent
 * (docs/decisions/0031); any other record is sent in the same turn as its answer, on the one ordered connection.
 */
export class SharedJournal implements RequestJournal {
  readonly #store: SharedStore;
  readonly #size: number;
  readonly #clock: Clock;
  readonly #report: (message: string) => void;
  readonly #stream: string;
  readonly #counter: string;
  #lastId = 0;
  /** Whether the last append failed: an outage is reported once, not once per request. */
  #losing = false;

  constructor(store: SharedStore, size: number, clock: Clock, report: (message: string) => void) {
    this.#store = store;
    this.#size = size;
    this.#clock = clock;
    this.#report = report;
    this.#stream = store.key('journal');
    this.#counter = store.key('journal:id');
    store.redis.defineCommand('appendJournal', { lua: APPEND });
    store.journalTo({ counter: this.#counter, stream: this.#stream, size, channel: store.key('journal') });
  }

  /** The id of the newest entry as last read from the store. */
  get lastId(): number {
    return this.#lastId;
  }

  /** Appends with the running unit of work's commit when there is one (docs/decisions/0031), else now. */
  record(entry: Omit<JournalRecord, 'id' | 'time'>): void {
    const { id: _, ...record } = { id: 0, time: this.#clock.now(), ...entry, query: boundedQuery(entry.query) };
    if (this.#store.inWork) {
      this.#store.appendOnCommit(JSON.stringify(record));
      return;
    }
    const redis = this.#store.redis as unknown as AppendRedis;
    redis
      .appendJournal(2, this.#counter, this.#stream, JSON.stringify(record), this.#size, this.#store.key('journal'))
      .then(
        () => {
          this.#losing = false;
        },
        (error: Error) => {
          if (!this.#losing) this.#report(`journal entries are lost while the shared store fails: ${error.message}`);
          this.#losing = true;
        },
      );
  }

  async waitFor(filter: JournalFilter, waitMs: number, signal?: AbortSignal): Promise<JournalRecord[]> {
    let news = false;
    let wake: () => void = () => {
      news = true;
    };
    const waiter = () => wake();
    try {
      const deadline = performance.now() + waitMs;
      // Only while a wait is held does this process subscribe to the records every process publishes
      // (docs/decisions/0031); subscribed before the first read, so no record made in between is missed. A
      // store that is away holds the subscription back: the wait then reads once its time is up.
      await untilOrAfter(this.#store.listen('journal', waiter), waitMs);
      let found = await this.#read(filter);
      while (found.length === 0 && !signal?.aborted && performance.now() < deadline) {
        if (!news) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, deadline - performance.now());
            function done() {
              clearTimeout(timer);
              signal?.removeEventListener('abort', done);
              resolve();
            }
            wake = done;
            signal?.addEventListener('abort', done);
          });
        }
        news = false;
        wake = () => {
          news = true;
        };
        found = await this.#read(filter);
      }
      return found;
    } finally {
      this.#store.unlisten('journal', waiter);
    }
  }

  /** Forgets every entry, or those of one app: after the running unit of work commits, when there is one. */
  clear(appid?: string): void {
    const clear = () => this.#clear(appid);
    if (this.#store.inWork) this.#store.current().afterCommit.push(clear);
    else clear().catch((error: Error) => this.#report(`clearing the shared journal failed: ${error.message}`));
  }

  snapshot(): JournalSnapshot {
    throw new Error('a shared journal lives in Redis; it is not saved to a state file');
  }

  restore(): void {
    throw new Error('a shared journal lives in Redis; it is not restored from a state file');
  }

  async #read(filter: JournalFilter): Promise<JournalRecord[]> {
    const redis = this.#store.redis;
    const [entries, last] = await Promise.all([
      redis.xrevrange(this.#stream, '+', '-', 'COUNT', this.#size),
      redis.get(this.#counter),
    ]);
    this.#lastId = Number(last ?? 0);
    const found: JournalRecord[] = [];
    for (const [, fields] of entries) {
      const record = { id: Number(fields[1]), ...(JSON.parse(fields[3] as string) as Omit<JournalRecord, 'id'>) };
      if (matches(record, filter)) found.push(record);
      if (found.length >= filter.limit) break;
    }
    return found.reverse();
  }

  async #clear(appid: string | undefined): Promise<void> {
    const redis = this.#store.redis;
    if (appid === undefined) {
      await redis.del(this.#stream);
      return;
    }
    const ids: string[] = [];
    for (const [streamId, fields] of await redis.xrange(this.#stream, '-', '+')) {
      if ((JSON.parse(fields[3] as string) as JournalRecord).appid === appid) ids.push(streamId);
    }
    for (let i = 0; i < ids.length; i += 1000) await redis.xdel(this.#stream, ...ids.slice(i, i + 1000));
  }
}

/** Resolves when `promise` settles or after `ms`, whichever comes first. */
async function untilOrAfter(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

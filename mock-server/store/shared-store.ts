import { AsyncLocalStorage } from 'node:async_hooks';
import type { Redis } from 'ioredis';
import type { Clock } from '../core/clock.js';
import type { RecordCodec, RecordStore, RecordStores, StoreCapacity } from '../core/record-store.js';
import { RawRecordCache } from './raw-record-cache.js';
import { SharedRecords } from './shared-records.js';
import { StoreUnavailableError } from './store-unavailable-error.js';
import { type GroupedRecord, MissingRecords, UnitOfWork } from './unit-of-work.js';

/**
 * A part of the model small enough to be one Redis value, read by nearly every request (the clock, the
 * registry, the fault rules): each process keeps a replica and reloads it only when the shared version moved.
 */
export interface Replica {
  /** The part's state as one string. */
  dump(): string;
  /** Puts the part in the dumped state. */
  load(text: string): void;
  /** Changes whenever the part changes (compared before and after a request's logic). */
  mark(): unknown;
}

interface ReplicaSlot {
  readonly replica: Replica;
  readonly dataKey: string;
  readonly versionKey: string;
  /** The shared version this process's replica holds; undefined when unknown or changed locally. */
  version: string | undefined;
}

/**
 * How long Redis keeps a record after the mock's clock says it expired: a garbage collector's slack for a
 * clock set back a little. Short, because codes and QR sessions are made by requests without credentials.
 */
const KEEP_AFTER_EXPIRY_MS = 15 * 60 * 1000;
/** Attempts one request may make before its conflicts are reported as the store being unavailable. */
const MAX_ATTEMPTS = 50;
const SCAN_COUNT = 1000;
/** The longest pause before a retry after a conflict (ms). */
const MAX_BACKOFF_MS = 50;

/**
 * Waits a random while, up to twice as long after each conflict (at most MAX_BACKOFF_MS), before a unit of work
 * runs again: without it, requests contending for one record (an app's /cgi-bin/token slot, the fault rules
 * while a rule counts every request) all retry at once and keep conflicting, and past about 15 at once some
 * ran out of attempts (docs/decisions/0032).
 */
const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, MAX_BACKOFF_MS)));

/** At most how many raw records each process keeps to read without a round trip (docs/decisions/0031). */
const CACHE_ENTRIES = 20_000;

/**
 * Checks every record an attempt read and wrote, then writes them, in one step: `=` the value is still what
 * was read (or taken from the process's cache); `0` still absent (a record written without being read, such
 * as a fresh code: two processes minting the same identifier never overwrite or share one); `~` absent or
 * already equal (a pointer filed again). Then counts the calls (a minute quota): when a count contradicts
 * what the logic was told (within the limit or not), the counts are undone and returned, nothing is written.
 * Then writes, publishes, and keeps the indexes of the groups whose records it created or deleted (below).
 * Then appends the request's journal records (ids from one counter, so one order across processes; the
 * stream capped) and publishes the last id to wake journal waits.
 * Returns 1 (committed), 0 (a check failed) or the counts.
 *
 * A group's index (docs/decisions/0034) is a sorted set of its records' keys scored in the order they were
 * created: a created record is added after the last, a deleted one removed, and the index lives as long as
 * the longest-kept record added to it. Then, once per index the commit touched: from the oldest, records that
 * Redis forgot or that expired on the mock's clock (`now`) leave it (an expired one is deleted, as a sweep
 * does in memory) until a live one is met; past `perGroup` the oldest are evicted (deleted, whatever state
 * they are in) and, if the table is watched, `wake` is published. All in this one script, so no request ever
 * sees a record evicted half-way, and every request that read an evicted record conflicts and reads again.
 */
const COMMIT = `
local nc, nw, np, nk, nj = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local ni, now = tonumber(ARGV[6]), tonumber(ARGV[7])
local a = 8
for i = 1, nc do
  local mode, expected = ARGV[a], ARGV[a + 1]
  a = a + 2
  local current = redis.call('GET', KEYS[i])
  if mode == '=' then
    if current ~= expected then return 0 end
  elseif mode == '0' then
    if current then return 0 end
  elseif current and current ~= expected then
    return 0
  end
end
local counts, wrong = {}, false
for i = 1, nk do
  local key = KEYS[nc + nw + i]
  local count = redis.call('INCR', key)
  redis.call('PEXPIRE', key, ARGV[a])
  counts[i] = count
  if (count <= tonumber(ARGV[a + 1])) ~= (ARGV[a + 2] == '1') then wrong = true end
  a = a + 3
end
if wrong then
  for i = 1, nk do redis.call('DECR', KEYS[nc + nw + i]) end
  return counts
end
for i = 1, nw do
  local key, op, value, px = KEYS[nc + i], ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
  a = a + 3
  if op == 'D' then
    redis.call('DEL', key)
  elseif px > 0 then
    redis.call('SET', key, value, 'PX', px)
  else
    redis.call('SET', key, value)
  end
end
for i = 1, np do
  redis.call('PUBLISH', ARGV[a], ARGV[a + 1])
  a = a + 2
end
local touched, order = {}, {}
for i = 1, ni do
  local index, op, member, records = KEYS[nc + nw + nk + i], ARGV[a], ARGV[a + 1], ARGV[a + 2]
  if op == 'A' then
    local last = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')
    redis.call('ZADD', index, (tonumber(last[2]) or 0) + 1, member)
    local keep = redis.call('PTTL', records .. member)
    if redis.call('PTTL', index) < keep then redis.call('PEXPIRE', index, keep) end
  else
    redis.call('ZREM', index, member)
  end
  if not touched[index] then
    touched[index] = { records, tonumber(ARGV[a + 3]), ARGV[a + 4] }
    order[#order + 1] = index
  end
  a = a + 5
end
for _, index in ipairs(order) do
  local records, perGroup, wake = unpack(touched[index])
  while true do
    local oldest = redis.call('ZRANGE', index, 0, 0)[1]
    if not oldest then break end
    local raw = redis.call('GET', records .. oldest)
    if raw and tonumber(string.sub(raw, 1, string.find(raw, '|', 1, true) - 1)) > now then break end
    if raw then redis.call('DEL', records .. oldest) end
    redis.call('ZREM', index, oldest)
  end
  local over = redis.call('ZCARD', index) - perGroup
  if over > 0 then
    local evicted = redis.call('ZPOPMIN', index, over)
    for j = 1, #evicted, 2 do redis.call('DEL', records .. evicted[j]) end
    if wake ~= '' then redis.call('PUBLISH', wake, '') end
  end
end
if nj > 0 then
  local counter, stream, size, channel = KEYS[nc + nw + nk + ni + 1], KEYS[nc + nw + nk + ni + 2], ARGV[a], ARGV[a + 1]
  local id
  for i = 1, nj do
    id = redis.call('INCR', counter)
    redis.call('XADD', stream, 'MAXLEN', size, '*', 'id', id, 'r', ARGV[a + 1 + i])
  end
  redis.call('PUBLISH', channel, id)
end
return 1
`;

/** Where the commit appends journal records (set by the shared journal). */
export interface JournalTarget {
  readonly counter: string;
  readonly stream: string;
  readonly size: number;
  readonly channel: string;
}

/**
 * Reads records as MGET does; a key given a prefix in ARGV is a pointer, whose target (the prefix and the
 * pointer's value after its `-|`) is read in the same step and returned after the values, as key and value.
 */
const READ = `
local found = {}
for i = 1, #KEYS do
  found[i] = redis.call('GET', KEYS[i])
end
for i = 1, #KEYS do
  local value = found[i]
  if ARGV[i] ~= '' and value then
    local target = ARGV[i] .. string.sub(value, 3)
    found[#found + 1] = target
    found[#found + 1] = redis.call('GET', target)
  end
end
return found
`;

type CommitRedis = Redis & {
  /** MGET, following the pointers among the keys (see READ). */
  readRecords(numKeys: number, args: string[]): Promise<(string | null)[]>;
  /** Arguments go as one array: a reset can commit more of them than a call's spread allows. */
  commitWork(numKeys: number, args: (string | number)[]): Promise<number | number[]>;
};

/**
 * The mock's state in Redis, shared by every process pointed at the same server and prefix
 * (docs/decisions/0026). The model's logic stays synchronous: `run` gives it a unit of work, runs it, reads
 * whatever it found missing and runs it again, then commits what it changed with one compare-and-set script,
 * starting over when another process changed a record it read. Memory-backed models never come here.
 */
export class SharedStore {
  readonly redis: CommitRedis;
  readonly prefix: string;
  readonly #clock: Clock;
  readonly #context = new AsyncLocalStorage<UnitOfWork>();
  readonly #replicas: ReplicaSlot[] = [];
  readonly #channels = new Map<
    string,
    { readonly listeners: Set<(message: string) => void>; readonly subscribed: Promise<void> }
  >();
  readonly #cache = new RawRecordCache(CACHE_ENTRIES);
  /** Full keys of the replicas' values and versions: never in the record cache (a replica is its own). */
  readonly #replicaKeys = new Set<string>();
  #journal: JournalTarget | undefined;

  constructor(redis: Redis, subscriber: Redis, prefix: string, clock: Clock) {
    redis.defineCommand('commitWork', { lua: COMMIT });
    redis.defineCommand('readRecords', { lua: READ });
    this.redis = redis as CommitRedis;
    this.prefix = prefix;
    this.#clock = clock;
    subscriber.on('message', (channel: string, message: string) => {
      for (const listener of [...(this.#channels.get(channel)?.listeners ?? [])]) listener(message);
    });
    this.subscriber = subscriber;
  }

  readonly subscriber: Redis;

  /**
   * Whether the store answers now (a PING within a second): what `/__mock/health` reports, so a container's
   * health check turns red while Redis is away. Undefined when healthy, else why not.
   */
  async problem(): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('the shared store did not answer within 1 s'), 1000);
    });
    const ping = this.redis.ping().then(
      () => undefined,
      (error: Error) => `the shared store failed: ${error.message}`,
    );
    return Promise.race([ping, late]).finally(() => clearTimeout(timer));
  }

  /** Closes both connections (the mock is closing). */
  disconnect(): void {
    this.redis.disconnect();
    this.subscriber.disconnect();
  }

  /** The full Redis key of a name. */
  key(name: string): string {
    return this.prefix + name;
  }

  /**
   * Makes the model's tables shared records (the codec says how each value is written). A table with a
   * capacity keeps an index per group under `capacity:<table>:<group>`, which the commit trims
   * (docs/decisions/0034).
   */
  readonly records: RecordStores = <V>(
    table: string,
    codec: RecordCodec<V>,
    capacity?: StoreCapacity<V>,
  ): RecordStore<V> =>
    new SharedRecords(this.key(`${table}:`), codec, this.#clock, () => this.current(), {
      keepsExpiry: true,
      capacity:
        capacity === undefined
          ? undefined
          : {
              ...capacity,
              index: this.key(`capacity:${table}:`),
              wake: capacity.watched === true ? this.key('wake') : '',
            },
    });

  /**
   * A table whose records point into `target`'s (their expiry is the target's; a pointer's encoded value is
   * the target's key). A pointer read from Redis brings its target in the same round trip.
   */
  pointers<V>(table: string, target: RecordStore<V>, codec: RecordCodec<V>): RecordStore<V> {
    const follow = target instanceof SharedRecords ? target.prefix : undefined;
    return new SharedRecords(this.key(`${table}:`), codec, this.#clock, () => this.current(), {
      keepsExpiry: false,
      follow,
    });
  }

  /** Keeps `replica` in step with its shared value under `name`. */
  replicate(name: string, replica: Replica): void {
    const slot = { replica, dataKey: this.key(name), versionKey: this.key(`${name}:version`), version: undefined };
    this.#replicas.push(slot);
    this.#replicaKeys.add(slot.dataKey).add(slot.versionKey);
  }

  /** Makes every commit append the journal records its unit of work made to `target`. */
  journalTo(target: JournalTarget): void {
    this.#journal = target;
  }

  /** The unit of work of the request running now; the shared model has no state outside one. */
  current(): UnitOfWork {
    const uow = this.#context.getStore();
    if (uow === undefined) throw new Error('the shared model was used outside SharedStore.run');
    return uow;
  }

  /** Whether code runs inside a unit of work now. */
  get inWork(): boolean {
    return this.#context.getStore() !== undefined;
  }

  /**
   * Calls `listener` with every message published on `channel` (by any process); resolves once Redis has
   * confirmed the subscription, so that nothing published after that is missed.
   */
  listen(channel: string, listener: (message: string) => void): Promise<void> {
    const full = this.key(channel);
    let subscription = this.#channels.get(full);
    if (subscription === undefined) {
      subscription = { listeners: new Set(), subscribed: this.subscriber.subscribe(full).then(() => undefined) };
      this.#channels.set(full, subscription);
    }
    subscription.listeners.add(listener);
    return subscription.subscribed;
  }

  /**
   * Stops calling `listener`; the last one gone, this process unsubscribes, so that Redis no longer sends it
   * the channel's messages (a channel published by every request costs each subscribed process a message).
   */
  unlisten(channel: string, listener: (message: string) => void): void {
    const full = this.key(channel);
    const subscription = this.#channels.get(full);
    if (subscription === undefined || !subscription.listeners.delete(listener)) return;
    if (subscription.listeners.size > 0) return;
    this.#channels.delete(full);
    // In order on the subscriber connection, after the SUBSCRIBE and before any later one; a failure leaves a
    // subscription that delivers messages nobody listens to.
    this.subscriber.unsubscribe(full).catch(() => undefined);
  }

  /** Appends a journal record (JSON) with the running unit of work's commit. */
  appendOnCommit(record: string): void {
    this.current().journal.push(record);
  }

  /** Publishes `message` on `channel` when the running unit of work commits. */
  publishOnCommit(channel: string, message: string): void {
    this.current().publishes.push([this.key(channel), message]);
  }

  /**
   * Runs `work` (the model's synchronous logic, or a handler that awaits before it) as one unit of work:
   * atomically, as if no other process ran meanwhile. Its changes are committed even when it throws (as in
   * memory, where a change made before an error stays); then its result or error is passed on. Redis being
   * unreachable is a StoreUnavailableError.
   */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const uow = new UnitOfWork(this.#cache);
    this.#assumeVersions(uow);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (uow.hasMissing) await this.#load(uow);
      uow.startAttempt();
      let result: { value: T } | { error: unknown };
      const marks: unknown[] = [];
      try {
        this.#syncReplicas(uow);
        for (const slot of this.#replicas) marks.push(slot.replica.mark());
        result = { value: await this.#context.run(uow, work) };
      } catch (error) {
        result = { error };
      }
      if (uow.hasMissing) {
        this.#forgetChanged(marks);
        continue;
      }
      if ('error' in result && result.error instanceof MissingRecords)
        throw new Error('a read escaped its unit of work');
      const committed = await this.#commit(uow, marks);
      if (committed !== true) {
        // A count the logic guessed wrong is known now; anything else read may be stale: all is read again.
        if (committed !== false) for (const [key, count] of committed) uow.counts.set(key, count);
        this.#forgetChanged(marks);
        uow.forgetReads();
        this.#assumeVersions(uow);
        if (committed === false) await backOff(attempt);
        continue;
      }
      await Promise.all(uow.afterCommit.map((after) => after())).catch(unavailable);
      if ('error' in result) throw result.error;
      return result.value;
    }
    throw new StoreUnavailableError(`the shared store stayed busy after ${MAX_ATTEMPTS} attempts`);
  }

  /** Deletes every key under `name*` (not in a unit of work: a reset's bulk part, after its commit). */
  async deleteUnder(pattern: string): Promise<void> {
    this.#cache.clear();
    for (const keys of await this.#scan(this.key(pattern))) if (keys.length > 0) await this.redis.unlink(keys);
  }

  /** Replicas an abandoned attempt changed hold state nobody committed: they are read again. */
  #forgetChanged(marks: unknown[]): void {
    marks.forEach((mark, i) => {
      const slot = this.#replicas[i] as ReplicaSlot;
      if (slot.replica.mark() !== mark) slot.version = undefined;
    });
  }

  /**
   * The replicas' versions this process holds are taken as read (the commit checks them, so a change made
   * elsewhere is a conflict, never a stale answer); unknown ones, or all after a conflict, are read.
   */
  #assumeVersions(uow: UnitOfWork): void {
    for (const slot of this.#replicas) {
      if (slot.version !== undefined && uow.cacheable) uow.assume(slot.versionKey, slot.version);
      else uow.missing.add(slot.versionKey);
    }
  }

  #syncReplicas(uow: UnitOfWork): void {
    for (const slot of this.#replicas) {
      const version = uow.read(slot.versionKey);
      // null: a fresh store; this process's replica (built from the config) becomes the shared one.
      if (version === null || version === slot.version) continue;
      const data = uow.read(slot.dataKey);
      if (data === null) continue;
      slot.replica.load(data);
      slot.version = version;
    }
  }

  async #load(uow: UnitOfWork): Promise<void> {
    try {
      for (const prefix of uow.missingScans) {
        for (const keys of await this.#scan(`${prefix}*`)) this.#note(uow, keys);
        uow.scanned.add(prefix);
      }
      uow.missingScans.clear();
      const keys = [...uow.missing].filter((key) => !uow.raws.has(key));
      const follows = keys.map((key) => uow.follows.get(key) ?? '');
      let values: (string | null)[] = [];
      if (follows.some((follow) => follow !== ''))
        values = await this.redis.readRecords(keys.length, [...keys, ...follows]);
      else if (keys.length > 0) values = await this.redis.mget(keys);
      const read = (key: string, raw: string | null) => {
        if (uow.raws.has(key)) return;
        uow.raws.set(key, raw);
        if (!this.#replicaKeys.has(key)) this.#cache.set(key, raw);
      };
      keys.forEach((key, i) => {
        read(key, values[i] ?? null);
      });
      for (let i = keys.length; i < values.length; i += 2) read(values[i] as string, values[i + 1] ?? null);
      uow.missing.clear();
      uow.follows.clear();
    } catch (error) {
      unavailable(error);
    }
  }

  /** Reads the values of scanned keys into the unit of work. */
  #note(uow: UnitOfWork, keys: string[]): void {
    for (const key of keys) if (!uow.raws.has(key)) uow.missing.add(key);
  }

  async #scan(pattern: string): Promise<string[][]> {
    const batches: string[][] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT);
      batches.push(keys);
      cursor = next;
    } while (cursor !== '0');
    return batches;
  }

  /** Commits the attempt: true, false on a conflict, or the counts when one contradicted the logic. */
  async #commit(uow: UnitOfWork, marks: unknown[]): Promise<boolean | [key: string, count: number][]> {
    const checks: [key: string, mode: string, expected: string][] = [];
    const writes: [key: string, op: 'S' | 'D', value: string, px: number][] = [];
    /** Records created ('A') or deleted ('R') in tables with a capacity, with their places (docs/decisions/0034). */
    const indexed: ['A' | 'R', GroupedRecord][] = [];
    const checked = new Set<string>();
    const now = this.#clock.now();
    for (const [key, held] of uow.held) {
      const next = held.encode();
      const read = uow.raws.get(key);
      if (next === (read ?? null)) continue;
      const grouped = (read ?? null) === null || next === null ? held.grouped?.() : undefined;
      if (grouped !== undefined) indexed.push([next === null ? 'R' : 'A', grouped]);
      checked.add(key);
      if (read === undefined) checks.push([key, held.pointer ? '~' : '0', next ?? '']);
      else checks.push([key, read === null ? '0' : '=', read ?? '']);
      const expiresAt = held.expiresAt();
      const px = Number.isFinite(expiresAt) ? Math.max(expiresAt - now, 0) + KEEP_AFTER_EXPIRY_MS : 0;
      writes.push(next === null ? [key, 'D', '', 0] : [key, 'S', next, Math.round(px)]);
    }
    this.#replicas.forEach((slot, i) => {
      const version = uow.raws.get(slot.versionKey) ?? null;
      if (version !== null && slot.replica.mark() === marks[i]) return;
      // Changed here: the local replica holds uncommitted state until the shared value is read back.
      slot.version = undefined;
      checked.add(slot.versionKey);
      checks.push([slot.versionKey, version === null ? '0' : '=', version ?? '']);
      writes.push([slot.dataKey, 'S', slot.replica.dump(), 0]);
      writes.push([slot.versionKey, 'S', String(Number(version ?? 0) + 1), 0]);
    });
    // What came from the process's cache instead of Redis must still be so when the request commits.
    for (const key of uow.cachedReads) if (!checked.has(key)) checks.push([key, '=', uow.raws.get(key) as string]);
    const { counted, journal, publishes } = uow;
    if (writes.length === 0 && checks.length === 0 && counted.length === 0 && journal.length === 0) {
      if (publishes.length === 0) return true;
    }
    const keys = [
      ...checks.map(([key]) => key),
      ...writes.map(([key]) => key),
      ...counted.map(({ key }) => key),
      ...indexed.map(([, { index }]) => index),
    ];
    const args: (string | number)[] = [checks.length, writes.length, publishes.length, counted.length, 0];
    args.push(indexed.length, now);
    for (const [, mode, expected] of checks) args.push(mode, expected);
    for (const { keepMs, limit, allowed } of counted) args.push(keepMs, limit, allowed ? '1' : '0');
    for (const [, op, value, px] of writes) args.push(op, value, px);
    for (const [channel, message] of publishes) args.push(channel, message);
    for (const [op, { member, records, perGroup, wake }] of indexed) args.push(op, member, records, perGroup, wake);
    const target = this.#journal;
    if (journal.length > 0 && target !== undefined) {
      args[4] = journal.length;
      keys.push(target.counter, target.stream);
      args.push(target.size, target.channel, ...journal);
    }
    let answer: number | number[];
    try {
      answer = await this.redis.commitWork(keys.length, [...keys, ...args]);
    } catch (error) {
      return unavailable(error);
    }
    if (Array.isArray(answer)) return counted.map(({ key }, i) => [key, answer[i] as number]);
    if (answer === 0) return false;
    for (const [key, op, value] of writes)
      if (!this.#replicaKeys.has(key)) this.#cache.set(key, op === 'D' ? null : value);
    return true;
  }
}

function unavailable(error: unknown): never {
  if (error instanceof StoreUnavailableError) throw error;
  throw new StoreUnavailableError(`the shared store failed: ${(error as Error).message}`, { cause: error });
}

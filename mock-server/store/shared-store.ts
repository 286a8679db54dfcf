import { AsyncLocalStorage } from 'node:async_hooks';
import type { Redis } from 'ioredis';
import type { Clock } from '../core/clock.js';
import type { RecordCodec, RecordStore, RecordStores } from '../core/record-store.js';
import { SharedRecords } from './shared-records.js';
import { StoreUnavailableError } from './store-unavailable-error.js';
import { MissingRecords, UnitOfWork } from './unit-of-work.js';

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

/**
 * Checks every record an attempt read and wrote, then writes them, in one step: `=` the value is still what
 * was read; `0` still absent (a record written without being read, such as a fresh code: two processes
 * minting the same identifier never overwrite or share one); `~` absent or already equal (a pointer filed
 * again). Then publishes.
 */
const COMMIT = `
local nc, nw, np = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local a = 4
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
return 1
`;

type CommitRedis = Redis & {
  /** Arguments go as one array: a reset can commit more of them than a call's spread allows. */
  commitWork(numKeys: number, args: (string | number)[]): Promise<number>;
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
  readonly #channels = new Map<string, Set<(message: string) => void>>();

  constructor(redis: Redis, subscriber: Redis, prefix: string, clock: Clock) {
    redis.defineCommand('commitWork', { lua: COMMIT });
    this.redis = redis as CommitRedis;
    this.prefix = prefix;
    this.#clock = clock;
    subscriber.on('message', (channel: string, message: string) => {
      for (const listener of this.#channels.get(channel) ?? []) listener(message);
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

  /** Makes the model's tables shared records (the codec says how each value is written). */
  readonly records: RecordStores = <V>(table: string, codec: RecordCodec<V>): RecordStore<V> =>
    new SharedRecords(this.key(`${table}:`), codec, this.#clock, () => this.current());

  /** A table whose records point into another's (their expiry is the target's). */
  pointers<V>(table: string, codec: RecordCodec<V>): RecordStore<V> {
    return new SharedRecords(this.key(`${table}:`), codec, this.#clock, () => this.current(), { keepsExpiry: false });
  }

  /** Keeps `replica` in step with its shared value under `name`. */
  replicate(name: string, replica: Replica): void {
    this.#replicas.push({
      replica,
      dataKey: this.key(name),
      versionKey: this.key(`${name}:version`),
      version: undefined,
    });
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

  /** Calls `listener` with every message published on `channel` (by any process). */
  async listen(channel: string, listener: (message: string) => void): Promise<void> {
    const full = this.key(channel);
    let listeners = this.#channels.get(full);
    if (listeners === undefined) {
      listeners = new Set();
      this.#channels.set(full, listeners);
      await this.subscriber.subscribe(full);
    }
    listeners.add(listener);
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
    const uow = new UnitOfWork();
    for (const slot of this.#replicas) uow.missing.add(slot.versionKey);
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
      if (!(await this.#commit(uow, marks))) {
        uow.forgetReads();
        for (const slot of this.#replicas) uow.missing.add(slot.versionKey);
        await backOff(attempt);
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
    for (const keys of await this.#scan(this.key(pattern))) if (keys.length > 0) await this.redis.unlink(keys);
  }

  /** Replicas an abandoned attempt changed hold state nobody committed: they are read again. */
  #forgetChanged(marks: unknown[]): void {
    marks.forEach((mark, i) => {
      const slot = this.#replicas[i] as ReplicaSlot;
      if (slot.replica.mark() !== mark) slot.version = undefined;
    });
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
      // Sent together on the one connection (an ioredis pipeline object costs more to build than this).
      const [values, ...counts] = await Promise.all([
        keys.length > 0 ? this.redis.mget(keys) : [],
        ...[...uow.missingCounts].map(([key, keepMs]) =>
          Promise.all([this.redis.incr(key), this.redis.pexpire(key, keepMs)]).then(([count]) => [key, count] as const),
        ),
      ]);
      keys.forEach((key, i) => {
        uow.raws.set(key, values[i] ?? null);
      });
      for (const [key, count] of counts) uow.counts.set(key, count);
      uow.missing.clear();
      uow.missingCounts.clear();
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

  async #commit(uow: UnitOfWork, marks: unknown[]): Promise<boolean> {
    const checks: [key: string, mode: string, expected: string][] = [];
    const writes: [key: string, op: 'S' | 'D', value: string, px: number][] = [];
    const now = this.#clock.now();
    for (const [key, held] of uow.held) {
      const next = held.encode();
      const read = uow.raws.get(key);
      if (next === (read ?? null)) continue;
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
      checks.push([slot.versionKey, version === null ? '0' : '=', version ?? '']);
      writes.push([slot.dataKey, 'S', slot.replica.dump(), 0]);
      writes.push([slot.versionKey, 'S', String(Number(version ?? 0) + 1), 0]);
    });
    if (writes.length === 0 && uow.publishes.length === 0) return true;
    const keys = [...checks.map(([key]) => key), ...writes.map(([key]) => key)];
    const args = [
      checks.length,
      writes.length,
      uow.publishes.length,
      ...checks.flatMap(([, mode, expected]) => [mode, expected]),
      ...writes.flatMap(([, op, value, px]) => [op, value, px]),
      ...uow.publishes.flat(),
    ];
    try {
      return (await this.redis.commitWork(keys.length, [...keys, ...args])) === 1;
    } catch (error) {
      return unavailable(error);
    }
  }
}

function unavailable(error: unknown): never {
  if (error instanceof StoreUnavailableError) throw error;
  throw new StoreUnavailableError(`the shared store failed: ${(error as Error).message}`, { cause: error });
}

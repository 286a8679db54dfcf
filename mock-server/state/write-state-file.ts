import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SnapshotInSteps } from '../model/model-snapshot.js';
import { STATE_FILE_FORMAT, STATE_FILE_VERSION } from './state-file.js';
import { RowEncoder } from './state-rows.js';

/**
 * How long one slice of rows is encoded before requests get a turn: short enough that a request waits a few
 * milliseconds at most, long enough that the turns themselves cost little (docs/decisions/0033).
 */
const SLICE_MS = 3;
/** Rows encoded between two looks at the time. */
const ROWS_PER_CLOCK_CHECK = 128;

/** A save that an app or persona deletion overtook: it is dropped, and the next one saves the change. */
export class SaveOvertaken extends Error {}

/**
 * Writes the state to `path` atomically: into a new file beside it (same directory, so the rename cannot
 * cross file systems), flushed to disk, then renamed over the old one, so a reader or a crash sees the old
 * file or the new one, never a part. Mode 0600: it holds tokens. The grants and codes are read and encoded a
 * slice at a time, requests being served between slices, and each slice is written while the next is
 * encoded (docs/decisions/0033). `chunks` are buffers to fill (a saver passes the same array to every save,
 * which leaves them there for the next). Resolves to the file's size in bytes.
 */
export async function writeStateFile(
  path: string,
  state: SnapshotInSteps,
  seed: string,
  chunks: Buffer[] = [],
): Promise<number> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  let bytes: number;
  try {
    bytes = await writeDocument(new SlicedWriter(file, chunks), state, seed);
    await file.sync();
    await file.close();
    await rename(temporary, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
  return bytes;
}

async function writeDocument(out: SlicedWriter, state: SnapshotInSteps, seed: string): Promise<number> {
  const header = { format: STATE_FILE_FORMAT, version: STATE_FILE_VERSION, savedAt: new Date().toISOString(), seed };
  out.text(JSON.stringify(header).slice(0, -1));
  const rows = new RowEncoder();
  await writeList(out, 'grants', state.grants, (grant) => rows.grant(grant));
  await writeList(out, 'codes', state.codes, (code) => rows.code(code));
  const { journal, ...rest } = state.rest();
  const missing = rows.missingFrom(rest.registry);
  if (missing !== undefined) throw new SaveOvertaken(`${missing} was deleted while the state file was saved`);
  out.text(`,"names":${JSON.stringify(rows.names)}`);
  // Every other part is small (apps, personas, sessions, fault rules): one JSON value each.
  for (const [name, value] of Object.entries(rest)) out.text(`,${JSON.stringify(name)}:${JSON.stringify(value)}`);
  if (journal !== undefined) {
    out.text(`,"journal":{"lastId":${journal.lastId}`);
    await writeList(out, 'records', journal.records, (record) => JSON.stringify(record));
    out.text('}');
  }
  out.text('}\n');
  return out.finish();
}

/** Writes `,"name":[…]`, encoding `items` a slice at a time (each slice a few milliseconds) between turns of the event loop. */
async function writeList<T>(out: SlicedWriter, name: string, items: Iterable<T>, encode: (item: T) => string) {
  out.text(`,${JSON.stringify(name)}:[`);
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  if (next.done !== true) out.text(encode(next.value));
  while (next.done !== true) {
    const until = performance.now() + SLICE_MS;
    for (let rows = 1; ; rows++) {
      next = iterator.next();
      if (next.done === true) break;
      out.text(`,${encode(next.value)}`);
      if (rows % ROWS_PER_CLOCK_CHECK === 0 && performance.now() >= until) break;
    }
    if (next.done !== true) await out.turn();
  }
  out.text(']');
}

/** Bytes gathered before they go to the file as one piece: about one slice's worth. */
const CHUNK_BYTES = 4 << 20;

/**
 * Gathers the document's bytes and hands them to the file a slice at a time, one write in flight while the
 * next slice is encoded; `turn()` lets the event loop serve requests in between. Each piece of text is put
 * into a buffer at once, so its whole cost falls inside the slice that made it (joining the slice's strings
 * afterwards cost as much again as making them, outside the slice's clock). The buffers of a finished write
 * are filled again, in this save and the next: saves allocate a few of them once, not one per slice (memory
 * outside V8's heap counts towards its next full collection, which stops requests far longer than a slice).
 */
class SlicedWriter {
  readonly #file: FileHandle;
  readonly #spare: Buffer[];
  #chunk: Buffer;
  #used = 0;
  /** Sealed pieces not yet written, and the chunks behind them. */
  #ready: Buffer[] = [];
  #readyChunks: Buffer[] = [];
  /** The chunks of the write in flight: spare once it is done. */
  #writing: Buffer[] = [];
  #inFlight: Promise<unknown> = Promise.resolve();
  #bytes = 0;

  constructor(file: FileHandle, spare: Buffer[]) {
    this.#file = file;
    this.#spare = spare;
    this.#chunk = this.#spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  }

  text(text: string): void {
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    const most = text.length * 3;
    if (this.#used + most > CHUNK_BYTES) this.#seal();
    if (most > CHUNK_BYTES) this.#ready.push(Buffer.from(text, 'utf8'));
    else this.#used += this.#chunk.write(text, this.#used, 'utf8');
  }

  async turn(): Promise<void> {
    await this.#written();
    this.#send();
    // A write that fails while the next slice is encoded is reported at the next turn, not as unhandled.
    this.#inFlight.catch(() => undefined);
    await nextTurn();
  }

  /** Writes what is left; the buffers are then spare again. */
  async finish(): Promise<number> {
    await this.#written();
    this.#send();
    await this.#written();
    this.#spare.push(this.#chunk);
    return this.#bytes;
  }

  async #written(): Promise<void> {
    await this.#inFlight;
    this.#spare.push(...this.#writing);
    this.#writing = [];
  }

  #seal(): void {
    if (this.#used === 0) return;
    this.#ready.push(this.#chunk.subarray(0, this.#used));
    this.#readyChunks.push(this.#chunk);
    this.#chunk = this.#spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.#used = 0;
  }

  #send(): void {
    this.#seal();
    const buffers = this.#ready;
    this.#writing = this.#readyChunks;
    this.#ready = [];
    this.#readyChunks = [];
    for (const buffer of buffers) this.#bytes += buffer.length;
    this.#inFlight = buffers.length === 0 ? Promise.resolve() : this.#file.writev(buffers);
  }
}

/** Makes the rename itself durable (POSIX); where a directory cannot be opened (Windows) the rename stands as is. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform: the file itself was synced before the rename.
  } finally {
    await handle?.close();
  }
}

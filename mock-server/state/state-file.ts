import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Reader } from '../config/config-reader.js';
import type { ModelSnapshot } from '../model/model-snapshot.js';
import { StartupError } from '../startup-error.js';
import { HEADER_KEYS, readSnapshot } from './read-snapshot.js';

/** What a state file says it is, so that no other JSON file is mistaken for one. */
export const STATE_FILE_FORMAT = 'wechat-oauth-mock state';
/** The version this mock writes; it reads no other (a newer file is refused, never half understood). */
export const STATE_FILE_VERSION = 1;
/** Items serialised between two turns of the event loop: a few hundred kilobytes, well under a millisecond or so. */
const ITEMS_PER_CHUNK = 1000;

/** Why a state file cannot be restored, as one line naming the file; the file is left as it is. */
function refused(path: string, reason: string): StartupError {
  return new StartupError(
    `state file ${path} cannot be restored: ${reason}; it was left untouched (move it away to start afresh)`,
  );
}

/**
 * Reads the state file at `path` (docs/decisions/0022): undefined when there is none yet; a StartupError
 * when it is not JSON, not a state file, of another version, made with another seed (every openid would
 * differ), or fails validation.
 */
export async function readStateFile(path: string, seed: string): Promise<ModelSnapshot | undefined> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refused(path, `cannot read it: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw refused(path, `it is not JSON (${(error as Error).message})`);
  }
  const r = new Reader();
  const o = r.object(parsed, '', [
    ...HEADER_KEYS,
    'clock',
    'registry',
    'faults',
    'sessions',
    'codes',
    'grants',
    'serverTokens',
    'phoneCodes',
    'sessionKeys',
    'journal',
  ]);
  if (o.format !== STATE_FILE_FORMAT)
    throw refused(path, `it is not a ${STATE_FILE_FORMAT} file (no "format" of that name)`);
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) {
    throw refused(path, `its version is ${JSON.stringify(o.version)}, expected ${STATE_FILE_VERSION}`);
  }
  if (o.version > STATE_FILE_VERSION) {
    throw refused(
      path,
      `it was written by a newer wechat-oauth-mock (version ${o.version}; this one reads ${STATE_FILE_VERSION})`,
    );
  }
  if (o.seed !== seed) {
    throw refused(
      path,
      `it was saved with seed ${JSON.stringify(o.seed)}, the configuration has ${JSON.stringify(seed)} (every openid would differ)`,
    );
  }
  const snapshot = readSnapshot(r, o, seed);
  const [first, ...more] = r.issues;
  if (first !== undefined) {
    const others = more.length === 0 ? '' : ` (and ${more.length} more problem(s))`;
    throw refused(path, `${first.path || '(root)'}: ${first.message}${others}`);
  }
  return snapshot;
}

/**
 * Writes `snapshot` to `path` atomically: into a new file beside it (same directory, so the rename cannot
 * cross file systems), flushed to disk, then renamed over the old one, so a reader or a crash sees the old
 * file or the new one, never a part. The big lists go out a chunk at a time, each awaited, so requests are
 * served between chunks instead of waiting for one long JSON.stringify. Mode 0600: it holds tokens.
 */
export async function writeStateFile(path: string, snapshot: ModelSnapshot, seed: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    await writeDocument(file, snapshot, seed);
    await file.sync();
    await file.close();
    await rename(temporary, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

async function writeDocument(file: FileHandle, snapshot: ModelSnapshot, seed: string): Promise<void> {
  const { clock, registry, faults, serverTokens, sessionKeys, sessions, codes, grants, phoneCodes, journal } = snapshot;
  const header = { format: STATE_FILE_FORMAT, version: STATE_FILE_VERSION, savedAt: new Date().toISOString(), seed };
  const small = { ...header, clock, registry, faults, serverTokens, sessionKeys };
  await file.write(`${JSON.stringify(small).slice(0, -1)}`);
  await writeList(file, 'sessions', sessions);
  await writeList(file, 'codes', codes);
  await writeList(file, 'grants', grants);
  await writeList(file, 'phoneCodes', phoneCodes);
  if (journal !== undefined) {
    await file.write(`,"journal":{"lastId":${journal.lastId}`);
    await writeList(file, 'records', journal.records);
    await file.write('}');
  }
  await file.write('}\n');
}

async function writeList(file: FileHandle, name: string, items: readonly unknown[]): Promise<void> {
  await file.write(`,${JSON.stringify(name)}:[`);
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
    const chunk = JSON.stringify(items.slice(start, start + ITEMS_PER_CHUNK)).slice(1, -1);
    await file.write(start === 0 ? chunk : `,${chunk}`);
  }
  await file.write(']');
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

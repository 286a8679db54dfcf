import { readFile } from 'node:fs/promises';
import { Reader } from '../config/config-reader.js';
import type { ModelSnapshot } from '../model/model-snapshot.js';
import { StartupError } from '../startup-error.js';
import { HEADER_KEYS, readSnapshot } from './read-snapshot.js';

/** What a state file says it is, so that no other JSON file is mistaken for one. */
export const STATE_FILE_FORMAT = 'wechat-oauth-mock state';
/**
 * The version this mock writes (docs/decisions/0033: grants and codes as rows). It also reads version 1
 * (docs/decisions/0022: every item an object), so a file saved by an older mock still loads; a newer one is
 * refused, never half understood.
 */
export const STATE_FILE_VERSION = 2;

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
    'names',
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
      `it was written by a newer wechat-oauth-mock (version ${o.version}; this one reads up to ${STATE_FILE_VERSION})`,
    );
  }
  if (o.seed !== seed) {
    throw refused(
      path,
      `it was saved with seed ${JSON.stringify(o.seed)}, the configuration has ${JSON.stringify(seed)} (every openid would differ)`,
    );
  }
  const snapshot = readSnapshot(r, o, seed, o.version);
  const [first, ...more] = r.issues;
  if (first !== undefined) {
    const others = more.length === 0 ? '' : ` (and ${more.length} more problem(s))`;
    throw refused(path, `${first.path || '(root)'}: ${first.message}${others}`);
  }
  return snapshot;
}

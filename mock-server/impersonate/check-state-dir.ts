import type { Stats } from 'node:fs';
import { stat, statfs } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { StartupError } from '../startup-error.js';

/** The magic number of procfs in statfs (Linux's PROC_SUPER_MAGIC). */
const PROC_SUPER_MAGIC = 0x9fa0;
const SETTING = '--state-dir / impersonate.stateDir';

async function statIfPresent(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether `dir`, or the nearest folder above it that exists, is on procfs (also reached by a link or mount). */
async function onProcfs(dir: string): Promise<boolean> {
  if (dir === '/proc' || dir.startsWith('/proc/')) return true;
  for (let path = dir; ; path = dirname(path)) {
    try {
      return (await statfs(path)).type === PROC_SUPER_MAGIC;
    } catch {
      if (dirname(path) === path) return false;
    }
  }
}

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

function refuse(message: string): never {
  throw new StartupError(`${SETTING}: ${message}`);
}

/**
 * Refuses a state directory whose CA the mock could not trust (issue 12): on procfs, not a directory,
 * writable by others (anyone could swap the CA), or holding files of another user; and a CA key that
 * group or others can read. A directory that does not exist yet is fine: it is made 0700. `uid` is the
 * user the mock runs as (none on Windows, where ownership is not checked).
 */
export async function checkStateDir(stateDir: string, uid: number | undefined = process.getuid?.()): Promise<void> {
  const dir = resolve(stateDir);
  if (await onProcfs(dir)) refuse(`${stateDir} is inside /proc, which cannot keep a CA; choose an ordinary directory`);
  const info = await statIfPresent(dir);
  if (info === undefined) return;
  if (!info.isDirectory()) refuse(`${stateDir} is not a directory`);
  const notMine = (owner: Stats) => uid !== undefined && owner.uid !== uid;
  if (notMine(info)) refuse(`${stateDir} belongs to another user (uid ${info.uid}); use a directory of your own`);
  if ((info.mode & 0o002) !== 0) {
    refuse(`${stateDir} is writable by others (mode ${octal(info.mode)}), so anyone could swap the CA; chmod 700 it`);
  }
  for (const name of ['ca.pem', 'ca-key.pem']) {
    const path = join(dir, name);
    const file = await statIfPresent(path);
    if (file === undefined) continue;
    if (notMine(file))
      refuse(`${path} belongs to another user (uid ${file.uid}); remove the directory to make a new CA`);
    if (name === 'ca-key.pem' && (file.mode & 0o077) !== 0) {
      refuse(`${path} is open to group or others (mode ${octal(file.mode)}); chmod 600 it`);
    }
    if ((file.mode & 0o022) !== 0)
      refuse(`${path} is writable by group or others (mode ${octal(file.mode)}); chmod 644 it`);
  }
}

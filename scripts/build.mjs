// `npm run build`: dist/ from scratch (the library by tsc, the CLI bundle by esbuild), then a stamp.
// `--if-stale` (what `npm start`, `example`, `conformance` and `verify-client` run first): builds only
// when a source, config or lockfile is newer than the stamp, so a second `npm start` goes straight to
// the mock. Directories count too: deleting or renaming a file changes its directory's time.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-stamp');
const SOURCE_DIRS = [
  'bin',
  'client',
  'contract',
  'examples',
  'intercept',
  'mock-server',
  'scenarios',
  'scripts',
  'testcontainers',
];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestInput() {
  let newest = 0;
  const see = (path) => {
    newest = Math.max(newest, statSync(path).mtimeMs);
  };
  for (const file of SOURCE_FILES) see(join(root, file));
  for (const dir of SOURCE_DIRS) {
    see(join(root, dir));
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isDirectory() || !/\.test\.ts$/.test(entry.name)) see(path);
    }
  }
  return newest;
}

function stampTime() {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

const ifStale = process.argv.includes('--if-stale');
if (!ifStale || newestInput() > stampTime()) {
  const started = new Date();
  if (ifStale) console.error('wechat-oauth-mock: sources changed since the last build, building dist/ …');
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-cli.mjs')], { cwd: root, stdio: 'inherit' });
  // Stamped with the time the build began: a file saved during the build makes the next start rebuild.
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
}

import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: packed from the checkout's tracked files (no dist/, so prepack must
// build it), installed from the tarball into a project of its own in the system's temp directory, where
// nothing can resolve the repository's node_modules. Every command runs on the Node running this test
// (.ci/run runs it on Node 20, 22 and 24), with npm and npx from PATH on that Node.

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(repo, 'consumer', 'fixture');
const reports = join(repo, 'reports', 'consumer');
const packageJson = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const lock = JSON.parse(await readFile(join(repo, 'package-lock.json'), 'utf8'));
/** The versions the repository itself is built and tested with. */
const devVersion = (name: string) => lock.packages[`node_modules/${name}`].version as string;

/**
 * The environment of a user's shell: this one (its proxies and CA settings included) without what npm and
 * vitest added for the run that started us, and with this Node first on PATH.
 */
const userEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$)/.test(name)),
);
userEnv.PATH = [dirname(process.execPath), process.env.PATH].join(delimiter);
const BOUND = { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 };
const inProject = (cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  run(command, [...args], { cwd, env: { ...userEnv, ...env }, ...BOUND });

async function duBytes(path: string): Promise<number> {
  const { stdout } = await run('du', ['-sb', path]);
  return Number(stdout.split('\t')[0]);
}

let work: string;
let project: string;
let tarball: string;
const figures: Record<string, unknown> = { node: process.version };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wechat-oauth-mock-consumer-'));
  project = join(work, 'project');
  // A clean checkout: the tracked files only, with the repository's build tools beside them.
  const checkout = join(work, 'checkout');
  const { stdout: tracked } = await run('git', ['ls-files', '-z'], { cwd: repo, ...BOUND });
  for (const file of tracked.split('\0').filter(Boolean)) {
    await cp(join(repo, file), join(checkout, file), { force: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // a tracked file deleted in the working tree
    });
  }
  await symlink(join(repo, 'node_modules'), join(checkout, 'node_modules'));
  let started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const { stdout: packed } = await inProject(checkout, 'npm', ['pack', '--json', '--pack-destination', work]);
  const [info] = JSON.parse(packed.slice(packed.indexOf('[')));
  tarball = join(work, info.filename);
  figures.tarball = { bytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount };
  figures.files = (info.files as { path: string }[]).map((file) => file.path);
  figures.packSeconds = seconds();
  started = performance.now();

  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await inProject(project, 'npm', ['install', '--no-audit', '--no-fund', tarball]);
  figures.installedBytes = await duBytes(join(project, 'node_modules'));
  figures.installSeconds = seconds();
  started = performance.now();
  // What a user adds to write and run tests with it: TypeScript, vitest, @types/node, and testcontainers
  // (the optional peer dependency behind wechat-oauth-mock/testcontainers).
  const tools = ['typescript', 'vitest', '@types/node', 'testcontainers'].map((name) => `${name}@${devVersion(name)}`);
  await inProject(project, 'npm', ['install', '--no-audit', '--no-fund', '-D', ...tools]);
  figures.toolsInstallSeconds = seconds();
  for (const file of [
    'uses-every-entry.ts',
    'tsconfig.nodenext.json',
    'tsconfig.bundler.json',
    'require-main.cjs',
    'call-wechat-host.mjs',
  ]) {
    await cp(join(fixture, file), join(project, file));
  }
  await cp(join(fixture, 'login.consumer-test.ts'), join(project, 'login.test.ts'));
}, 900_000);

afterAll(async () => {
  const { bytes, files } = figures.tarball as { bytes: number; files: number };
  console.log(
    `tarball ${bytes} bytes, ${files} files; installed with its dependencies ${figures.installedBytes} bytes`,
  );
  await mkdir(reports, { recursive: true });
  await writeFile(
    join(reports, `figures-node${process.versions.node.split('.')[0]}.json`),
    `${JSON.stringify(figures, null, 2)}\n`,
  );
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

// Each step spawns a compiler, a test runner or npm: bounded, but not tight (the machine may be busy).
const STEP = 180_000;

describe(`the packed package, installed in a project of its own (Node ${process.version})`, () => {
  it(
    'holds the built library, the CLI bundle, LICENSE and README, and no examples, tests or TypeScript sources',
    () => {
      const files = figures.files as string[];
      expect(files).toEqual(
        expect.arrayContaining(['LICENSE', 'README.md', 'package.json', packageJson.bin['wechat-oauth-mock']]),
      );
      for (const entry of Object.values(packageJson.exports) as { types: string; default: string }[]) {
        expect(files).toEqual(expect.arrayContaining([entry.types.slice(2), entry.default.slice(2)]));
      }
      expect(files.filter((file) => /^dist\/examples\/|\.test\.|test-support|(?<!\.d)\.ts$/.test(file))).toEqual([]);
    },
    STEP,
  );

  it(
    'ships source maps that carry their sources, so a stack trace can be followed',
    async () => {
      const maps = (figures.files as string[]).filter((file) => file.endsWith('.map'));
      expect(maps.length).toBeGreaterThan(0);
      const withoutSources = [];
      for (const file of maps) {
        const map = JSON.parse(await readFile(join(project, 'node_modules/wechat-oauth-mock', file), 'utf8'));
        if (map.sourcesContent?.length !== map.sources.length || !map.sourcesContent.every(Boolean))
          withoutSources.push(file);
      }
      expect(withoutSources).toEqual([]);
    },
    STEP,
  );

  it.each(['nodenext', 'bundler'])(
    'type-checks a file using every entry point under %s, strict, skipLibCheck false',
    async (mode) => {
      const tsc = join(project, 'node_modules/typescript/bin/tsc');
      await expect(inProject(project, process.execPath, [tsc, '-p', `tsconfig.${mode}.json`])).resolves.toBeDefined();
    },
    STEP,
  );

  it(
    'runs a login through startMockServer and the reference client in vitest',
    async () => {
      const vitest = join(project, 'node_modules/vitest/vitest.mjs');
      const { stdout } = await inProject(project, process.execPath, [vitest, 'run', '--reporter=verbose']);
      expect(stdout).toMatch(/1 passed/);
    },
    STEP,
  );

  it(
    'can be require()d from CommonJS, giving the same exports',
    async () => {
      const { stdout, stderr } = await inProject(project, process.execPath, ['require-main.cjs']);
      expect(JSON.parse(stdout)).toEqual({ startMockServer: 'function', client: 'function' });
      figures.requireWarning = stderr.trim();
    },
    STEP,
  );

  it(
    'answers `npx wechat-oauth-mock --version` and `--help`',
    async () => {
      const version = await inProject(project, 'npx', ['--no-install', 'wechat-oauth-mock', '--version']);
      expect(version.stdout).toBe(`${packageJson.version}\n`);
      const help = await inProject(project, 'npx', ['--no-install', 'wechat-oauth-mock', '--help']);
      expect(help.stdout).toContain('Usage: wechat-oauth-mock [options]');
    },
    STEP,
  );

  it(
    'sends a script’s call to api.weixin.qq.com to the mock with `node --import wechat-oauth-mock/intercept`',
    async () => {
      const mock = spawn(process.execPath, ['node_modules/.bin/wechat-oauth-mock', '--port', '0'], {
        cwd: project,
        env: userEnv,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      try {
        let banner = '';
        const url = await new Promise<string>((resolve, reject) => {
          mock.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            banner += chunk;
            const match = /listening on (http:\/\/\S+)/.exec(banner);
            if (match?.[1] !== undefined) resolve(match[1]);
          });
          mock.once('exit', (code) => reject(new Error(`the mock exited (${code}) before listening:\n${banner}`)));
        });
        const { stdout } = await inProject(
          project,
          process.execPath,
          ['--import', 'wechat-oauth-mock/intercept', 'call-wechat-host.mjs'],
          {
            WECHAT_MOCK_URL: url,
          },
        );
        expect(JSON.parse(stdout)).toEqual({
          errcode: 40001,
          errmsg: expect.stringMatching(/^invalid credential, access_token is invalid or not latest, rid: /),
        });
      } finally {
        mock.kill();
      }
    },
    STEP,
  );
});

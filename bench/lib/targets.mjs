// The programs under comparison, each started as `node <file> --port N` in its own process.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const APPID = 'wx5f3b9c0d2e1a4b67';
export const SECRET = '7d1e4f0a9b2c3d4e5f60718293a4b5c6';
export const PERSONA = 'zhangsan';

/** The built CLI as the package ships it (package.json `bin`), else the unbundled build's. */
function mockCli() {
  const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const entry = typeof bin === 'string' ? bin : Object.values(bin ?? {})[0];
  return entry ?? UNBUNDLED_CLI;
}

const UNBUNDLED_CLI = 'bench/startup/unbundled-cli.mjs';

/** The mock's program, relative to the project: BENCH_MOCK_CLI when set. */
export const MOCK_CLI = process.env.BENCH_MOCK_CLI || mockCli();
const MOCK_ARGS = ['--host', '127.0.0.1', '--log', 'silent'];

/** The three programs every figure compares. */
export const TARGETS = [
  { name: 'mock', file: join(ROOT, MOCK_CLI), extraArgs: MOCK_ARGS },
  { name: 'bare-node', file: join(ROOT, 'bench/baselines/bare-node.mjs'), extraArgs: [] },
  { name: 'bare-koa', file: join(ROOT, 'bench/baselines/bare-koa.mjs'), extraArgs: [] },
];

/** When the shipped CLI is a bundle: the unbundled build too, for the start-up figures (information). */
export const STARTUP_EXTRAS =
  MOCK_CLI === UNBUNDLED_CLI ? [] : [{ name: 'mock-unbundled', file: join(ROOT, UNBUNDLED_CLI), extraArgs: MOCK_ARGS }];

export const targetArgs = (target, port) => [target.file, '--port', String(port), ...target.extraArgs];

/**
 * The load phase's arguments: the mock holds the code pool the exchange load needs (up to 2x a segment's
 * worth, which passes the default 100,000 codes per app of docs/decisions/0015, whose eviction would make
 * the figure INVALID) by bench/load-config.json. The cold start runs without it: it times the demo start.
 */
export const loadArgs = (target, port) =>
  target.name === 'mock'
    ? [...targetArgs(target, port), '--config', join(ROOT, 'bench/load-config.json')]
    : targetArgs(target, port);

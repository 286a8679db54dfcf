// The three programs under comparison, each started as `node <file> --port N` in its own process.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const APPID = 'wx5f3b9c0d2e1a4b67';
export const SECRET = '7d1e4f0a9b2c3d4e5f60718293a4b5c6';
export const PERSONA = 'zhangsan';

export const TARGETS = [
  {
    name: 'mock',
    file: join(ROOT, 'dist/mock-server/cli.js'),
    extraArgs: ['--host', '127.0.0.1', '--log', 'silent'],
  },
  { name: 'bare-node', file: join(ROOT, 'bench/baselines/bare-node.mjs'), extraArgs: [] },
  { name: 'bare-koa', file: join(ROOT, 'bench/baselines/bare-koa.mjs'), extraArgs: [] },
];

export const targetArgs = (target, port) => [target.file, '--port', String(port), ...target.extraArgs];

// Where the mock's start-up time goes (information for the cold-start figure): replays what
// dist/mock-server/cli.js does, timing each step: Node's own boot up to the first line of this script,
// importing koa, @koa/router, then the rest of the mock's module graph, building the demo config,
// building the app and listening, and the first GET /__mock/health. Also counts the modules loaded.
// Prints `RESULT {json}` on stdout.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const t0 = performance.now(); // ms since the process began
await import('koa');
const t1 = performance.now();
await import('@koa/router');
const t2 = performance.now();
const [{ startMockServer }, { validateConfig }, { createLogger }] = await Promise.all([
  import('../../dist/mock-server/start-mock-server.js'),
  import('../../dist/mock-server/config/validate-config.js'),
  import('../../dist/mock-server/logging/logger.js'),
  import('../../dist/mock-server/cli-options.js'),
  import('../../dist/mock-server/banner.js'),
  import('../../dist/mock-server/config/load-config-file.js'),
]);
const t3 = performance.now();
const config = validateConfig(undefined, 'the built-in demo');
const t4 = performance.now();
const mock = await startMockServer({ config, host: '127.0.0.1', port: 0, logger: createLogger('silent') });
const t5 = performance.now();
const status = await new Promise((done, fail) => {
  const req = request({ host: '127.0.0.1', port: mock.port, path: '/__mock/health', agent: false }, (res) => {
    res.resume();
    res.once('end', () => done(res.statusCode));
  });
  req.once('error', fail);
  req.end();
});
const t6 = performance.now();
await mock.close();
if (status !== 200) throw new Error(`GET /__mock/health answered ${status}`);

// CommonJS files loaded (koa, @koa/router and their dependencies are CommonJS underneath).
const cjsFiles = Object.keys(createRequire(import.meta.url).cache);

/** The mock's own ES modules reachable by static imports from cli.js (type-only imports are erased). */
function staticGraph(entry) {
  const seen = new Set();
  const packages = new Set();
  let bytes = 0;
  const queue = [entry];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const file = queue[i];
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    bytes += source.length;
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(specifier);
    }
  }
  return { files: seen.size, bytes, packages: [...packages].sort() };
}
const distDir = join(dirname(fileURLToPath(import.meta.url)), '../../dist/mock-server');
const graph = staticGraph(join(distDir, 'cli.js'));

process.stdout.write(
  `RESULT ${JSON.stringify({
    bootMs: t0,
    koaMs: t1 - t0,
    routerMs: t2 - t1,
    mockModulesMs: t3 - t2,
    configMs: t4 - t3,
    appAndListenMs: t5 - t4,
    firstRequestMs: t6 - t5,
    totalMs: t6,
    cjsFiles: cjsFiles.length,
    cjsPackages: [...new Set(cjsFiles.map((f) => f.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'other'))]
      .length,
    mockEsmFiles: graph.files,
    mockEsmBytes: graph.bytes,
    mockPackages: graph.packages,
  })}\n`,
);

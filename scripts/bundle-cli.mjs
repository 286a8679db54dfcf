// Bundles the CLI into dist/bin/ so that starting it reads one file instead of resolving and compiling
// some 120 modules: cold start is measured against a bare Node server (docs/decisions/0005).
// The YAML parser stays in its own chunk, loaded only when a YAML config file is given.
// healthcheck.mjs is the container's HEALTHCHECK (Dockerfile); it shares the CLI's option parsing.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { 'wechat-oauth-mock': 'mock-server/cli.ts', healthcheck: 'mock-server/healthcheck.ts' },
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  alias: { 'mime-db': './scripts/bundle/mime-db-used.cjs' },
  // CommonJS dependencies (koa's) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

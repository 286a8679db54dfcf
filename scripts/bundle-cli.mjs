// Bundles the CLI into dist/bin/ so that starting it reads one file instead of resolving and compiling
// some 120 modules: cold start is measured against a bare Node server (docs/decisions/0005).
// The YAML parser and the conformance kit stay in chunks of their own, loaded only when needed.
// healthcheck.mjs is the container's HEALTHCHECK (Dockerfile); it shares the CLI's option parsing.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes: start from an empty directory so that old chunks do not pile up.
await rm(new URL('../dist/bin', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { 'wechat-oauth-mock': 'bin/wechat-oauth-mock.ts', healthcheck: 'mock-server/healthcheck.ts' },
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Not minified: a stack trace that reaches a user names real functions and readable lines.
  minify: false,
  legalComments: 'linked',
  alias: { 'mime-db': './scripts/bundle/mime-db-used.cjs' },
  // CommonJS dependencies (koa's) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The conformance kit's container target loads the optional peer dependency from the user's node_modules.
  external: ['testcontainers'],
  logLevel: 'warning',
});

#!/usr/bin/env node
// Bundles the dashboard's browser code (mock-server/dashboard/ui/) into one module of strings that the mock
// serves at /__mock/ui/ (docs/decisions/0021), and checks it for drift, like the contract's generated types.
//
//   node scripts/dashboard.mjs generate   write mock-server/dashboard/generated/dashboard-assets.ts
//   node scripts/dashboard.mjs check      rebuild in memory and compare byte for byte
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const UI = 'mock-server/dashboard/ui';
const OUT = 'mock-server/dashboard/generated/dashboard-assets.ts';

async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { dashboard: `${UI}/main.ts`, 'dashboard-style': `${UI}/dashboard.css` },
    outdir: 'out',
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    // Browsers of the last few years: no transpiling of classes, private fields or optional chaining.
    target: ['chrome100', 'firefox100', 'safari15.4'],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const text = (name) => result.outputFiles.find((f) => f.path.endsWith(name)).text;
  return (
    `// Generated from ${UI}/ by \`npm run dashboard:generate\` (scripts/dashboard.mjs). Do not edit:\n` +
    '// change the sources and regenerate (`npm run dashboard:check` fails on drift).\n\n' +
    "/** The dashboard's script (ES2022, an IIFE). */\n" +
    `export const DASHBOARD_JS = ${JSON.stringify(text('dashboard.js'))};\n\n` +
    "/** The dashboard's style sheet. */\n" +
    `export const DASHBOARD_CSS = ${JSON.stringify(text('dashboard-style.css'))};\n`
  );
}

const command = process.argv[2];
const content = await bundle();
const target = path.join(root, OUT);
if (command === 'generate') {
  await writeFile(target, content);
  console.log(`dashboard: wrote ${OUT} (${Buffer.byteLength(content)} bytes)`);
} else if (command === 'check') {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== content) {
    console.error(`dashboard: ${OUT} is out of date with ${UI}/; run npm run dashboard:generate`);
    process.exit(1);
  }
  console.log('dashboard: bundle up to date');
} else {
  console.error('usage: node scripts/dashboard.mjs generate|check');
  process.exit(2);
}

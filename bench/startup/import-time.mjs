// Importing the main entry, then starting one mock, in fresh processes: `node bench/startup/import-time.mjs
// [entry] [runs]` (default dist/mock-server/index.js, 9 runs) prints both medians. Issue 14's target: the
// import under 100 ms; the first start pays for Koa and the pages, which load on use (docs/decisions/0017).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = resolve(process.argv[2] ?? fileURLToPath(new URL('../../dist/mock-server/index.js', import.meta.url)));
const runs = Number(process.argv[3] ?? 9);
const script = `
  let t = performance.now();
  const { startMockServer } = await import(${JSON.stringify(entry)});
  const imported = performance.now() - t;
  t = performance.now();
  const mock = await startMockServer();
  const started = performance.now() - t;
  await mock.close();
  console.log(imported, started);`;
const imports = [];
const starts = [];
for (let i = 0; i < runs; i++) {
  const [imported, started] = execFileSync(process.execPath, ['--input-type=module', '-e', script])
    .toString()
    .trim()
    .split(' ')
    .map(Number);
  imports.push(imported);
  starts.push(started);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
console.log(`import ${median(imports)} ms, first startMockServer ${median(starts)} ms (medians of ${runs} processes)`);

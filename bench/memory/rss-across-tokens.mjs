// RSS across 1,000,000 issued tokens: 10 batches of 100,000 grants; before each batch the model's clock
// moves past the refresh_token lifetime (30 days + 1 s), so every earlier grant has expired and the
// store sweeps it as new ones go in. After each batch: gc, then RSS and how many grants are held.
// Run with `node --expose-gc rss-across-tokens.mjs [extraSeconds]`: extraSeconds (0 by default) moves the
// clock that much further before each batch. Prints `RESULT {json}` on stdout.
import { performance } from 'node:perf_hooks';
import { demoModel, progress, SCOPE, settledMemory } from './model.mjs';

const BATCHES = 10;
const PER_BATCH = Number(process.env.BENCH_RSS_BATCH ?? 100_000);

const { model, app, persona, openid } = demoModel();
const extraSeconds = Number(process.argv[2] ?? 0);
if (!Number.isFinite(extraSeconds) || extraSeconds < 0) throw new Error(`bad extraSeconds: ${process.argv[2]}`);
const advanceMs = (model.config.lifetimes.refreshTokenSeconds + 1 + extraSeconds) * 1000;
const batches = [];
for (let batch = 1; batch <= BATCHES; batch++) {
  model.clock.advance(advanceMs);
  const started = performance.now();
  for (let i = 0; i < PER_BATCH; i++) model.tokens.issue(app, persona, openid, SCOPE);
  const ms = performance.now() - started;
  const { rss, heapUsed } = settledMemory();
  const row = { batch, issued: batch * PER_BATCH, held: model.tokens.size, rss, heapUsed, ms };
  batches.push(row);
  progress(
    `  batch ${batch}/${BATCHES}: ${row.issued} issued, ${row.held} held, RSS ${(rss / 2 ** 20).toFixed(1)} MiB, ` +
      `heap ${(heapUsed / 2 ** 20).toFixed(1)} MiB (${ms.toFixed(0)} ms)`,
  );
}
const first = batches[0];
const last = batches[batches.length - 1];
process.stdout.write(
  `RESULT ${JSON.stringify({
    perBatch: PER_BATCH,
    advanceSeconds: advanceMs / 1000,
    batches,
    rssFirst: first.rss,
    rssLast: last.rss,
    rssMax: Math.max(...batches.map((b) => b.rss)),
    changePct: ((last.rss - first.rss) / first.rss) * 100,
    heldAfterLast: last.held,
  })}\n`,
);

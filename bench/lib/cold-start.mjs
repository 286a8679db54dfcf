// Cold start: from spawning `node <file> --port N` to its first 200 on GET /__mock/health, polled on
// 127.0.0.1 every ~2 ms. The three programs are interleaved (in a rotating order) so they share the noise.
import { performance } from 'node:perf_hooks';
import { freePort, spawnNode, stopChild, waitForHealth } from './children.mjs';
import { median, min } from './stats.mjs';
import { ROOT, TARGETS, targetArgs } from './targets.mjs';

async function startOnce(target) {
  const port = await freePort();
  const started = performance.now();
  const child = spawnNode(targetArgs(target, port), { cwd: ROOT });
  try {
    const answered = await waitForHealth(child, port, target.name, { intervalMs: 2, timeoutMs: 10_000 });
    return answered - started;
  } finally {
    await stopChild(child);
  }
}

/** `rounds` measured starts of each target after one unmeasured round (which warms the file cache). */
export async function measureColdStart({ rounds, log }) {
  const samples = Object.fromEntries(TARGETS.map((t) => [t.name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (let i = 0; i < TARGETS.length; i++) {
      const target = TARGETS[(round + i) % TARGETS.length];
      const ms = await startOnce(target);
      if (round > 0) samples[target.name].push(ms);
    }
    if (round > 0 && (round % 5 === 0 || round === rounds)) {
      const line = TARGETS.map((t) => `${t.name} ${median(samples[t.name]).toFixed(1)} ms`).join(', ');
      log(`  cold start round ${round}/${rounds}: medians so far ${line}`);
    }
  }
  const result = {};
  for (const t of TARGETS) {
    const ms = samples[t.name];
    result[t.name] = { medianMs: median(ms), minMs: min(ms), samplesMs: ms.map((x) => Math.round(x * 10) / 10) };
  }
  return result;
}

// Cold start: from spawning `node <file> --port N` to its first 200 on GET /__mock/health, polled on
// 127.0.0.1 every ~2 ms. The programs are interleaved (in a rotating order) so they share the noise.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { freePort, spawnNode, stopChild, waitForHealth } from './children.mjs';
import { median, min } from './stats.mjs';
import { ROOT, targetArgs } from './targets.mjs';

const PROBE = pathToFileURL(join(ROOT, 'bench/startup/probe.mjs')).href;

/** The marks bench/startup/probe.mjs writes once the first request is answered (waits up to 2 s). */
async function readMarks(child, name) {
  for (let i = 0; i < 200; i++) {
    const line = child.stderrText.split('\n').find((l) => l.startsWith('BENCH_MARKS '));
    if (line !== undefined) return JSON.parse(line.slice('BENCH_MARKS '.length));
    await sleep(10);
  }
  throw new Error(`${name} started with the probe wrote no marks:\n${child.stderrText}`);
}

async function startOnce(target, { probe }) {
  const port = await freePort();
  const args = probe ? ['--import', PROBE, ...targetArgs(target, port)] : targetArgs(target, port);
  const started = performance.now();
  const child = spawnNode(args, { cwd: ROOT });
  try {
    const answered = await waitForHealth(child, port, target.name, { intervalMs: 2, timeoutMs: 10_000 });
    return { ms: answered - started, marks: probe ? await readMarks(child, target.name) : null };
  } finally {
    await stopChild(child);
  }
}

/** Starts each program `rounds` times, interleaved; `onRound` sees the samples so far. */
async function rounds(programs, count, { probe, onRound = () => {} }) {
  const samples = Object.fromEntries(programs.map((p) => [p.name, []]));
  for (let round = 1; round <= count; round++) {
    for (let i = 0; i < programs.length; i++) {
      const program = programs[(round + i) % programs.length];
      samples[program.name].push(await startOnce(program, { probe }));
    }
    onRound(round, samples);
  }
  return samples;
}

/** `count` measured starts of each program, after one unmeasured round (which warms the file cache). */
export async function measureColdStart(programs, { count, log }) {
  await rounds(programs, 1, { probe: false });
  const samples = await rounds(programs, count, {
    probe: false,
    onRound(round, so) {
      if (round % 5 !== 0 && round !== count) return;
      const line = programs.map((p) => `${p.name} ${median(so[p.name].map((s) => s.ms)).toFixed(1)} ms`).join(', ');
      log(`  round ${round}/${count}: medians so far ${line}`);
    },
  });
  const result = {};
  for (const p of programs) {
    const ms = samples[p.name].map((s) => s.ms);
    result[p.name] = { medianMs: median(ms), minMs: min(ms), samplesMs: ms.map((x) => Math.round(x * 10) / 10) };
  }
  return result;
}

const PHASES = [
  ['Node boot (to user code)', (m) => m.userCode],
  ['load modules + build app', (m) => m.listenCalled - m.userCode],
  ['listen', (m) => m.listening - m.listenCalled],
  ['wait for the first poll', (m) => m.firstConnection - m.listening],
  ['answer the first request', (m) => m.firstResponse - m.firstConnection],
  ['total, to the first answer', (m) => m.firstResponse],
];

/**
 * Where start-up goes: `count` starts of each program with bench/startup/probe.mjs preloaded (which
 * adds a little to every figure); medians per phase, in ms since the process began.
 */
export async function startupBreakdown(programs, { count }) {
  const samples = await rounds(programs, count, { probe: true });
  const phases = PHASES.map(([phase, of]) => ({
    phase,
    ...Object.fromEntries(programs.map((p) => [p.name, median(samples[p.name].map((s) => of(s.marks)))])),
  }));
  const cjsModules = Object.fromEntries(programs.map((p) => [p.name, samples[p.name][0].marks.cjsModules]));
  return { runs: count, phases, cjsModules };
}

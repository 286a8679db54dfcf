// `npm run bench:state-file`: what --state-file costs (docs/decisions/0022, 0033), on the built files.
//
// 1. A save at 100,000 live grants, in process: the whole save (grants and codes read and encoded in slices
//    between turns of the event loop, the rest at once, written, fsync, rename), and the longest event-loop
//    stall while it runs (perf_hooks.monitorEventLoopDelay, plus a setImmediate ticker for sub-millisecond
//    gaps). For comparison: one synchronous JSON.stringify of the same state, which slicing avoids.
//    Goals (issue 16): a save < 200 ms, no stall > 20 ms.
// 2. The same while the mock serves requests: the CLI restores that file and serves GET /sns/userinfo at a
//    steady rate from this process (bench/lib/paced-load.mjs) for a while, once saving every
//    BENCH_STATE_LOAD_INTERVAL ms and once not saving at all; the latencies of both runs (how long a request
//    waited from when it was due, saves or not), the longest event-loop gap inside the mock
//    (bench/lib/event-loop-probe.mjs), the mock's main-thread CPU time and time spent waiting for a CPU
//    (/proc/<pid>/schedstat), and the saves' own durations, read from the mock's debug log.
// 3. What a kill -9 loses: the CLI with a state file and the default 2 s interval; a login is made, and the
//    time until its refresh_token is in the file is measured (the window a crash can lose); then the
//    process is killed with SIGKILL, started again, and the refresh must work.
//
// Knobs (environment): BENCH_STATE_GRANTS (100000), BENCH_STATE_ROUNDS (5), BENCH_STATE_LOAD_SECONDS (10),
// BENCH_STATE_LOAD_RATE (1000 requests a second), BENCH_STATE_LOAD_INTERVAL (250), BENCH_STATE_CRASHES (3).
// Only 127.0.0.1 is contacted; files go to a temporary directory that is removed at the end.
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { readStateFile } from '../dist/mock-server/state/state-file.js';
import { writeStateFile } from '../dist/mock-server/state/write-state-file.js';
import { freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { percentile } from './lib/load.mjs';
import { userinfoPath } from './lib/mock-control.mjs';
import { pacedLoad } from './lib/paced-load.mjs';
import { median } from './lib/stats.mjs';
import { MOCK_CLI } from './lib/targets.mjs';
import { APPID, demoModel, SCOPE } from './memory/model.mjs';

const GRANTS = Number(process.env.BENCH_STATE_GRANTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_STATE_ROUNDS ?? 5);
const CRASHES = Number(process.env.BENCH_STATE_CRASHES ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_STATE_LOAD_SECONDS ?? 10);
const LOAD_RATE = Number(process.env.BENCH_STATE_LOAD_RATE ?? 1000);
const LOAD_INTERVAL_MS = Number(process.env.BENCH_STATE_LOAD_INTERVAL ?? 250);
const LOAD_CONNECTIONS = 8;
const EVENT_LOOP_PROBE = join(import.meta.dirname, 'lib', 'event-loop-probe.mjs');
const SECRET = '7d1e4f0a9b2c3d4e5f60718293a4b5c6';
const log = (line) => process.stderr.write(`${line}\n`);

/** The longest gap between two turns of the event loop while `work` runs, by two instruments. */
async function stallsDuring(work) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let longestGap = 0;
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  histogram.enable();
  setImmediate(tick);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  ticking = false;
  histogram.disable();
  return { ms, monitorMaxMs: histogram.max / 1e6, tickerMaxGapMs: longestGap };
}

async function saveCost(dir) {
  const { model, app, persona, openid } = demoModel();
  for (let i = 0; i < GRANTS; i++) model.tokens.issue(app, persona, openid, SCOPE);
  const file = join(dir, 'state.json');
  const seed = model.config.seed;
  // Warm the code paths once.
  await writeStateFile(file, model.snapshotInSteps({ journal: false }), seed);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const save = await stallsDuring(() => writeStateFile(file, model.snapshotInSteps({ journal: false }), seed));
    rounds.push(save);
  }
  const snapshot = model.snapshot({ journal: false });
  const startedStringify = performance.now();
  const whole = JSON.stringify(snapshot);
  const stringifyMs = performance.now() - startedStringify;
  const bytes = (await stat(file)).size;
  const grantsFile = join(dir, 'grants.json');
  await copyFile(file, grantsFile);
  const startedRead = performance.now();
  const read = await readStateFile(file, seed);
  const readMs = performance.now() - startedRead;
  const startedRestore = performance.now();
  demoModel().model.restore(read);
  const restoreMs = performance.now() - startedRestore;
  return { rounds, stringifyMs, wholeBytes: whole.length, bytes, readMs, restoreMs, grantsFile };
}

/**
 * The main thread's CPU time and time spent waiting for a CPU (ms) so far, from /proc/<pid>/schedstat;
 * null where there is none. A busy machine makes a process that computes wait its turn.
 */
function schedstat(pid) {
  try {
    const [cpuNs, waitNs] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpuMs: cpuNs / 1e6, waitingForCpuMs: waitNs / 1e6 };
  } catch {
    return null;
  }
}

/**
 * The CLI on a copy of `grantsFile`, saving every `intervalMs` (userinfo counts as a change), serving
 * userinfo at LOAD_RATE for LOAD_SECONDS: every request's latency, and how long each save during the load took
 * (the mock's debug line `state file saved: … in N ms`).
 */
async function servedWhileSaving(dir, grantsFile, intervalMs) {
  const file = join(dir, `served-${intervalMs}.json`);
  await copyFile(grantsFile, file);
  const port = await freePort();
  const args = [
    '--port',
    String(port),
    '--log',
    'json',
    '--state-file',
    file,
    '--state-file-interval',
    String(intervalMs),
  ];
  // The log goes to a file, not a pipe: a pipe's writes block the mock whenever this busy process reads late.
  const logFile = join(dir, `served-${intervalMs}.log`);
  const logHandle = await open(logFile, 'w');
  const child = spawnNode(['--import', EVENT_LOOP_PROBE, MOCK_CLI, ...args], { stdout: logHandle.fd });
  const linesSince = async (offset) =>
    // Whole lines only: the last may still be being written.
    (await readFile(logFile)).subarray(offset).toString('utf8').split('\n').slice(0, -1);
  try {
    await waitForHealth(child, port, 'mock', { timeoutMs: 60_000 });
    const { path } = await userinfoPath(port);
    // Two of the probe's half-second reports go by first: the one that covers the restore ends in this second.
    await sleep(1000);
    const offset = (await stat(logFile)).size;
    const before = schedstat(child.pid);
    const run = await pacedLoad({ port, path, rate: LOAD_RATE, seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS });
    const { latencies } = run;
    const after = schedstat(child.pid);
    const mainThread =
      before === null || after === null
        ? null
        : {
            cpuMs: Math.round(after.cpuMs - before.cpuMs),
            waitingForCpuMs: Math.round(after.waitingForCpuMs - before.waitingForCpuMs),
          };
    const lines = await linesSince(offset);
    const saved = lines.filter((line) => line.includes('state file saved'));
    const saves = saved.map((line) => Number(/ in ([\d.]+) ms/.exec(JSON.parse(line).message)?.[1]));
    const gaps = lines
      .filter((line) => line.startsWith('{"eventLoopGapMs"'))
      .map((line) => JSON.parse(line).eventLoopGapMs);
    const ms = (value) => +value.toFixed(1);
    return {
      reqPerSec: Math.round(run.sent / run.seconds),
      failed: run.failed,
      latencyMs: {
        p50: ms(percentile(latencies, 50)),
        p99: ms(percentile(latencies, 99)),
        p999: ms(percentile(latencies, 99.9)),
        max: ms(Math.max(...latencies)),
      },
      serverLongestEventLoopGapMs: Math.max(...gaps),
      mainThread,
      saves: saves.length,
      saveMs: saves.length === 0 ? null : { median: ms(median(saves)), max: ms(Math.max(...saves)) },
    };
  } finally {
    await stopChild(child);
    await logHandle.close();
  }
}

async function crashWindow(dir) {
  const file = join(dir, 'crash.json');
  const results = [];
  for (let i = 0; i < CRASHES; i++) {
    const port = await freePort();
    const child = spawnNode([MOCK_CLI, '--port', String(port), '--log', 'silent', '--state-file', file]);
    await waitForHealth(child, port, 'mock');
    const base = `http://127.0.0.1:${port}`;
    const minted = await (
      await fetch(`${base}/__mock/codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ appid: APPID, persona: 'zhangsan' }),
      })
    ).json();
    const exchange = `appid=${APPID}&secret=${SECRET}&code=${minted.code}&grant_type=authorization_code`;
    const tokens = await (await fetch(`${base}/sns/oauth2/access_token?${exchange}`)).json();
    const answered = performance.now();
    if (typeof tokens.refresh_token !== 'string') throw new Error(`the login failed: ${JSON.stringify(tokens)}`);
    // Bounded: a save is due within one interval (2 s); 30 s means it never came.
    while (!(await readFile(file, 'utf8')).includes(tokens.refresh_token)) {
      if (performance.now() - answered > 30_000) throw new Error('the login never reached the state file');
      await sleep(5);
    }
    const onDiskMs = performance.now() - answered;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const again = spawnNode([MOCK_CLI, '--port', String(port), '--log', 'silent', '--state-file', file]);
    await waitForHealth(again, port, 'mock');
    const refreshed = await (
      await fetch(
        `${base}/sns/oauth2/refresh_token?appid=${APPID}&grant_type=refresh_token&refresh_token=${tokens.refresh_token}`,
      )
    ).json();
    await stopChild(again);
    results.push({ onDiskMs, refreshWorks: refreshed.access_token === tokens.access_token });
  }
  return results;
}

const dir = await mkdtemp(join(tmpdir(), 'wechat-mock-bench-state-'));
const load = () => loadavg().map((x) => +x.toFixed(2));
try {
  const loadBefore = load();
  log(`load average ${loadBefore.join(' ')}; saving ${GRANTS} grants, ${ROUNDS} rounds…`);
  const cost = await saveCost(dir);
  const pick = (key) => cost.rounds.map((round) => round[key]);
  const worst = (key) => Math.max(...pick(key));
  const served = `userinfo at ${LOAD_RATE}/s for ${LOAD_SECONDS} s (${LOAD_CONNECTIONS} connections)`;
  log(`${served} on the CLI restored from that file, saving every ${LOAD_INTERVAL_MS} ms, then not saving…`);
  const whileSaving = await servedWhileSaving(dir, cost.grantsFile, LOAD_INTERVAL_MS);
  const notSaving = await servedWhileSaving(dir, cost.grantsFile, 3_600_000);
  const report = {
    loadAverage: { before: loadBefore },
    grants: GRANTS,
    fileMiB: +(cost.bytes / 2 ** 20).toFixed(1),
    saveMs: { median: +median(pick('ms')).toFixed(1), max: +worst('ms').toFixed(1), goal: 200 },
    longestStallMs: {
      monitorEventLoopDelay: +worst('monitorMaxMs').toFixed(1),
      setImmediateTicker: +worst('tickerMaxGapMs').toFixed(1),
      goal: 20,
    },
    underLoad: { load: served, intervalMs: LOAD_INTERVAL_MS, whileSaving, notSaving },
    oneSyncStringifyMs: +cost.stringifyMs.toFixed(1),
    startReadMs: +cost.readMs.toFixed(1),
    startRestoreMs: +cost.restoreMs.toFixed(1),
  };
  log(`crash window: ${CRASHES} logins, each followed by kill -9 and a restart…`);
  const crashes = await crashWindow(dir);
  report.crash = {
    intervalMs: 2000,
    loginToDiskMs: {
      max: +Math.max(...crashes.map((c) => c.onDiskMs)).toFixed(0),
      all: crashes.map((c) => +c.onDiskMs.toFixed(0)),
    },
    refreshAfterKill9: crashes.every((c) => c.refreshWorks),
  };
  report.loadAverage.after = load();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  // For `npm run bench`, which runs this script and reads its figures from this line (bench/lib/children.mjs).
  process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
} finally {
  killAllChildren();
  await rm(dir, { recursive: true, force: true });
}

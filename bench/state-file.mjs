// `npm run bench:state-file`: what --state-file costs (docs/decisions/0022), on the built files.
//
// 1. A save at 100,000 live grants, in process: the snapshot (synchronous, so it is one consistent
//    instant), the whole save (snapshot + chunked write + fsync + rename), and the longest event-loop stall
//    while it runs (perf_hooks.monitorEventLoopDelay, plus a setImmediate ticker for sub-millisecond gaps).
//    For comparison: one synchronous JSON.stringify of the same snapshot, which chunking avoids.
//    Goals (issue 16): a save < 200 ms, no stall > 20 ms.
// 2. What a kill -9 loses: the CLI with a state file and the default 2 s interval; a login is made, and the
//    time until its refresh_token is in the file is measured (the window a crash can lose); then the
//    process is killed with SIGKILL, started again, and the refresh must work.
//
// Knobs (environment): BENCH_STATE_GRANTS (100000), BENCH_STATE_ROUNDS (5), BENCH_STATE_CRASHES (3).
// Only 127.0.0.1 is contacted; files go to a temporary directory that is removed at the end.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { readStateFile } from '../dist/mock-server/state/state-file.js';
import { writeStateFile } from '../dist/mock-server/state/write-state-file.js';
import { freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { median } from './lib/stats.mjs';
import { MOCK_CLI } from './lib/targets.mjs';
import { APPID, demoModel, SCOPE } from './memory/model.mjs';

const GRANTS = Number(process.env.BENCH_STATE_GRANTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_STATE_ROUNDS ?? 5);
const CRASHES = Number(process.env.BENCH_STATE_CRASHES ?? 3);
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
  const startedRead = performance.now();
  const read = await readStateFile(file, seed);
  const readMs = performance.now() - startedRead;
  const startedRestore = performance.now();
  demoModel().model.restore(read);
  const restoreMs = performance.now() - startedRestore;
  return { rounds, stringifyMs, wholeBytes: whole.length, bytes, readMs, restoreMs };
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
try {
  log(`saving ${GRANTS} grants, ${ROUNDS} rounds…`);
  const cost = await saveCost(dir);
  const pick = (key) => cost.rounds.map((round) => round[key]);
  const worst = (key) => Math.max(...pick(key));
  const report = {
    grants: GRANTS,
    fileMiB: +(cost.bytes / 2 ** 20).toFixed(1),
    saveMs: { median: +median(pick('ms')).toFixed(1), max: +worst('ms').toFixed(1), goal: 200 },
    longestStallMs: {
      monitorEventLoopDelay: +worst('monitorMaxMs').toFixed(1),
      setImmediateTicker: +worst('tickerMaxGapMs').toFixed(1),
      goal: 20,
    },
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
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  // For `npm run bench`, which runs this script and reads its figures from this line (bench/lib/children.mjs).
  process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
} finally {
  killAllChildren();
  await rm(dir, { recursive: true, force: true });
}

// `npm run bench`: measures the built mock against a bare Node http server and a bare Koa app, in one
// run: cold start, requests/s and p99 of /sns/userinfo and of code exchange under load, heap per live
// token, and RSS across 1,000,000 issued tokens; then the store and fleet figures (memory vs Redis store,
// one process vs --workers 2, a --state-file save of 100k grants: bench/lib/store-phase.mjs). See
// bench/README.md. Only 127.0.0.1 is ever contacted.
//
// Knobs (environment): BENCH_DURATION (s of load per server and endpoint, 8), BENCH_ROUNDS (segments it
// is cut into, 4), BENCH_WARMUP (s, 2), BENCH_CONNECTIONS (50), BENCH_COLD_ROUNDS (15), BENCH_OUT
// (reports/bench.json), BENCH_MOCK_CLI (the mock's program; package.json `bin` by default), BENCH_ONLY
// (`store`: only the store phase; `redis`: only its memory/Redis/--workers 2 load, without the state file).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { killAllChildren, runNodeScript } from './lib/children.mjs';
import { measureColdStart, startupBreakdown } from './lib/cold-start.mjs';
import { runLoadPhase } from './lib/load-phase.mjs';
import { formatStartup, formatTable, ratioText, row } from './lib/report.mjs';
import { fmt, mib } from './lib/stats.mjs';
import { runStorePhase, storeRows } from './lib/store-phase.mjs';
import { MOCK_CLI, ROOT, STARTUP_EXTRAS, TARGETS } from './lib/targets.mjs';

const envNumber = (name, fallback, { min, max }) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be in [${min}, ${max}]`);
  return value;
};

const durationS = envNumber('BENCH_DURATION', 8, { min: 1, max: 60 });
const rounds = envNumber('BENCH_ROUNDS', 4, { min: 1, max: 20 });
const CONFIG = {
  /** Seconds each server is loaded, in `rounds` segments of `segmentS`, interleaved with the others'. */
  durationS,
  rounds,
  segmentS: durationS / rounds,
  warmupS: envNumber('BENCH_WARMUP', 2, { min: 0, max: 30 }),
  connections: envNumber('BENCH_CONNECTIONS', 50, { min: 1, max: 1000 }),
  coldRounds: envNumber('BENCH_COLD_ROUNDS', 15, { min: 1, max: 100 }),
  /** Codes minted to warm the mock's code exchange up (its rate sizes the pools of the timed segments). */
  warmupCodes: 8000,
  /** Each timed segment of the mock's code exchange starts with this many times the codes it needs. */
  poolHeadroom: 2,
};
/** Which phases run: all of them, or only the store phase (`store`), or only its load on Redis (`redis`). */
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'store', 'redis'].includes(ONLY)) throw new Error('BENCH_ONLY must be store or redis (or unset)');
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'reports/bench.json');
/** Bound on the whole bench: past this, children are killed and the bench fails. */
const WATCHDOG_MS = 10 * 60 * 1000;

const t0 = performance.now();
const log = (line) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);

// ---------------------------------------------------------------------------------------------------

async function memory() {
  const onLine = (line) => log(line);
  const gcArgs = (file, ...rest) => ['--expose-gc', join(ROOT, 'bench/memory', file), ...rest];
  log('heap per live token (100,000 grants in a fresh MockModel):');
  const heap = await runNodeScript(gcArgs('heap-per-token.mjs'), { cwd: ROOT, timeoutMs: 120_000, onLine });
  // A grant is kept until a day after its refresh_token expires, so that expired tokens answer 42001/42002
  // (docs/decisions/0003): "past their expiry" is 30 days + that day. The run that moves only 30 days
  // is shown too, as information: it holds two batches at a time, by design.
  log("RSS across 1,000,000 tokens, clock moved 31 days + 1 s (past the grants' retention) before each batch:");
  const rss = await runNodeScript(gcArgs('rss-across-tokens.mjs', String(24 * 3600)), {
    cwd: ROOT,
    timeoutMs: 180_000,
    onLine,
  });
  log('the same, moving only 30 days + 1 s (expired grants are still remembered for a day):');
  const rssFullRetention = await runNodeScript(gcArgs('rss-across-tokens.mjs'), {
    cwd: ROOT,
    timeoutMs: 180_000,
    onLine,
  });
  return { heap, rss, rssFullRetention };
}

// ---------------------------------------------------------------------------------------------------

function summarize({ cold, userinfo, exchange, mem }) {
  const rows = [];
  const coldRatio = cold.mock.medianMs / cold['bare-node'].medianMs;
  const koaColdRatio = cold['bare-koa'].medianMs / cold['bare-node'].medianMs;
  rows.push(
    row('cold start, median (ms)', {
      mock: fmt(cold.mock.medianMs, 1),
      node: fmt(cold['bare-node'].medianMs, 1),
      koa: fmt(cold['bare-koa'].medianMs, 1),
      ratio: ratioText(coldRatio, 'node', 1.6),
      target: '<= 1.60x node',
      pass: coldRatio <= 1.6,
      note:
        `bare-koa is ${fmt(koaColdRatio, 2)}x bare-node; the mock is ${MOCK_CLI}` +
        (cold['mock-unbundled']
          ? ` (unbundled build: ${fmt(cold['mock-unbundled'].medianMs, 1)} ms, ` +
            `${fmt(cold['mock-unbundled'].medianMs / cold['bare-node'].medianMs, 2)}x node)`
          : '') +
        `. Where start-up goes: see the start-up table below.`,
    }),
    row('cold start, min (ms)', {
      mock: fmt(cold.mock.minMs, 1),
      node: fmt(cold['bare-node'].minMs, 1),
      koa: fmt(cold['bare-koa'].minMs, 1),
      ratio: ratioText(cold.mock.minMs / cold['bare-node'].minMs, 'node'),
    }),
  );

  const answersNote = (result, name) => {
    const { ok, failed, exhausted } = result.answers;
    const bad = failed + result.errors + result.timeouts;
    if (bad === 0) return undefined;
    return `${name}: ${failed} answers with errcode or not 200 (${exhausted} for want of a code), ${result.errors} errors, ${result.timeouts} timeouts, ${ok} ok. First: ${result.answers.firstFailure}`;
  };
  const validity = (result) => {
    const bad = result.answers.failed + result.errors;
    return bad <= 0.005 * Math.max(1, result.total);
  };
  for (const [label, results, threshold] of [
    ['userinfo', userinfo, 0.8],
    ['code exchange', exchange, 0.6],
  ]) {
    const ratio = results.mock.reqPerSec / results['bare-koa'].reqPerSec;
    const valid = TARGETS.every((t) => validity(results[t.name]));
    const notes = TARGETS.map((t) => answersNote(results[t.name], t.name)).filter(Boolean);
    rows.push(
      row(`${label}, req/s (mean)`, {
        mock: fmt(results.mock.reqPerSec),
        node: fmt(results['bare-node'].reqPerSec),
        koa: fmt(results['bare-koa'].reqPerSec),
        ratio: ratioText(ratio, 'koa', threshold),
        target: `>= ${threshold.toFixed(2)}x koa`,
        pass: valid ? ratio >= threshold : 'invalid',
        note: notes.length > 0 ? notes.join('; ') : undefined,
      }),
      row(`${label}, p99 (ms)`, {
        mock: fmt(results.mock.latencyP99Ms, 1),
        node: fmt(results['bare-node'].latencyP99Ms, 1),
        koa: fmt(results['bare-koa'].latencyP99Ms, 1),
        ratio: ratioText(results.mock.latencyP99Ms / results['bare-koa'].latencyP99Ms, 'koa'),
      }),
      row(`${label}, server CPU (us/req)`, {
        mock: fmt(results.mock.serverCpuUsPerReq, 1),
        node: fmt(results['bare-node'].serverCpuUsPerReq, 1),
        koa: fmt(results['bare-koa'].serverCpuUsPerReq, 1),
        ratio: ratioText(results.mock.serverCpuUsPerReq / results['bare-koa'].serverCpuUsPerReq, 'koa'),
      }),
    );
  }

  const { heap, rss, rssFullRetention } = mem;
  rows.push(
    row('heap per live token (B)', {
      mock: fmt(heap.perToken.bytesPer),
      target: '< 1024',
      pass: heap.perToken.bytesPer < 1024,
    }),
    row('heap per code exchange (B)', {
      mock: fmt(heap.perExchange.bytesPer),
      note: 'mint + redeem + issue: the grant plus the spent code, kept until twice its lifetime.',
    }),
  );
  const change = rss.changePct;
  const held = rss.batches.map((b) => b.held);
  rows.push(
    row('RSS, 1st -> 10th 100k tokens (MiB)', {
      mock: `${fmt(mib(rss.rssFirst), 1)} -> ${fmt(mib(rss.rssLast), 1)}`,
      ratio: `${change >= 0 ? '+' : ''}${fmt(change, 1)}%`,
      target: 'within 10%',
      pass: Math.abs(change) <= 10,
      note:
        `clock moved ${rss.advanceSeconds} s per batch (30 days + the day expired grants are remembered + 1 s); ` +
        `grants held after each batch: ${held.join(', ')}; heap after the first/last batch ` +
        `${fmt(mib(rss.batches[0].heapUsed), 1)}/${fmt(mib(rss.batches.at(-1).heapUsed), 1)} MiB; RSS max ` +
        `${fmt(mib(rss.rssMax), 1)} MiB.`,
    }),
  );
  const r = rssFullRetention;
  rows.push(
    row('  same, clock +30 days only (MiB)', {
      mock: `${fmt(mib(r.rssFirst), 1)} -> ${fmt(mib(r.rssLast), 1)}`,
      ratio: `${r.changePct >= 0 ? '+' : ''}${fmt(r.changePct, 1)}%`,
      note:
        `information: clock moved ${r.advanceSeconds} s per batch, so each batch is still remembered (expired) ` +
        `during the next; grants held after each batch: ${r.batches.map((b) => b.held).join(', ')}.`,
    }),
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const cpuList = cpus();
  const environment = {
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpuList[0]?.model ?? 'unknown',
    totalMemMiB: Math.round(mib(totalmem())),
    platform: `${process.platform} ${process.arch}`,
    startedAt: new Date().toISOString(),
  };
  log(`wechat-oauth-mock bench: Node ${environment.node}, ${environment.cpus} CPUs (${environment.cpuModel})`);
  log(
    `load: ${CONFIG.connections} connections, ${CONFIG.warmupS} s warm-up, then ${CONFIG.durationS} s per server ` +
      `in ${CONFIG.rounds} interleaved segments; ` +
      `cold start: ${CONFIG.coldRounds} rounds`,
  );
  for (const file of [MOCK_CLI, 'dist/mock-server/model/mock-model.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run \`npm run build\` (npm run bench does)`);
  }

  if (ONLY !== '') {
    const store = await runStorePhase(CONFIG, log, { stateFile: ONLY === 'store' });
    const rows = storeRows(store);
    const missed = printSummary(environment, rows, '');
    await writeReport({ environment, config: CONFIG, only: ONLY, store, summary: rows, targetsMissed: missed });
    return;
  }

  const startupPrograms = [...TARGETS, ...STARTUP_EXTRAS];
  log(`cold start (spawn to the first 200 on /__mock/health; the mock is ${MOCK_CLI}):`);
  const cold = await measureColdStart(startupPrograms, { count: CONFIG.coldRounds, log });
  log('start-up breakdown (5 starts each with bench/startup/probe.mjs preloaded):');
  const breakdown = await startupBreakdown(startupPrograms, { count: 5 });
  for (const phase of breakdown.phases) {
    log(`  ${phase.phase}: ${startupPrograms.map((p) => `${p.name} ${fmt(phase[p.name], 1)}`).join(', ')} ms`);
  }

  const { quota, userinfo, exchange } = await runLoadPhase(CONFIG, log);

  const mem = await memory();

  const store = await runStorePhase(CONFIG, log);

  const rows = [...summarize({ cold, userinfo, exchange, mem }), ...storeRows(store)];
  const startup =
    `start-up, median of ${breakdown.runs} starts with a probe preloaded (ms since the process began):\n` +
    `${formatStartup(breakdown, startupPrograms)}\n\n`;
  const missed = printSummary(environment, rows, startup);
  await writeReport({
    environment,
    config: CONFIG,
    coldStart: cold,
    startupBreakdown: breakdown,
    userinfo,
    codeExchange: exchange,
    minuteQuota: quota,
    memory: mem,
    store,
    summary: rows,
    targetsMissed: missed,
  });
}

/** Prints the summary table (then `after`) and which targets were missed; returns the missed metrics. */
function printSummary(environment, rows, after) {
  const judged = rows.filter((r) => r.result !== 'info');
  const missed = judged.filter((r) => r.result !== 'PASS');
  process.stdout.write(
    `\n=== wechat-oauth-mock bench: Node ${environment.node}, ${environment.cpus} CPUs ===\n` +
      'ratios are what matter: absolute figures move with the (shared, noisy) machine\n\n' +
      `${formatTable(rows)}\n\n${after}`,
  );
  process.stdout.write(
    missed.length === 0
      ? `all ${judged.length} targets met\n`
      : `${missed.length} of ${judged.length} targets MISSED: ${missed.map((r) => r.metric).join('; ')}\n`,
  );
  return missed.map((r) => r.metric);
}

async function writeReport({ environment, config, ...figures }) {
  const report = { environment, config, elapsedS: (performance.now() - t0) / 1000, ...figures };
  await mkdir(dirname(OUT), { recursive: true });
  await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${OUT}`);
}

const watchdog = setTimeout(() => {
  process.stderr.write(`bench: still running after ${WATCHDOG_MS / 1000} s; giving up\n`);
  killAllChildren();
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAllChildren();
    process.exit(130);
  });
}

main().then(
  () => {
    clearTimeout(watchdog);
    killAllChildren();
  },
  (error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    killAllChildren();
    process.exit(1);
  },
);

// `npm run bench`: measures the built mock against a bare Node http server and a bare Koa app, in one
// run: cold start, requests/s and p99 of /sns/userinfo and of code exchange under load, heap per live
// token, and RSS across 1,000,000 issued tokens. See bench/README.md. Only 127.0.0.1 is ever contacted.
//
// Knobs (environment): BENCH_DURATION (s per load run, 8), BENCH_WARMUP (s, 2), BENCH_CONNECTIONS (50),
// BENCH_COLD_ROUNDS (15), BENCH_OUT (reports/bench.json).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, killAllChildren, runNodeScript, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { measureColdStart } from './lib/cold-start.mjs';
import {
  exchangePath,
  exchangeRequest,
  fakeCodes,
  fixedRequest,
  mintCodes,
  newTally,
  runLoad,
} from './lib/load.mjs';
import { formatTable, ratioText, row } from './lib/report.mjs';
import { fmt, median, mib } from './lib/stats.mjs';
import { APPID, PERSONA, ROOT, TARGETS, targetArgs } from './lib/targets.mjs';

const envNumber = (name, fallback, { min, max }) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be in [${min}, ${max}]`);
  return value;
};

const CONFIG = {
  durationS: envNumber('BENCH_DURATION', 8, { min: 1, max: 60 }),
  warmupS: envNumber('BENCH_WARMUP', 2, { min: 0, max: 30 }),
  connections: envNumber('BENCH_CONNECTIONS', 50, { min: 1, max: 1000 }),
  coldRounds: envNumber('BENCH_COLD_ROUNDS', 15, { min: 1, max: 100 }),
  /** Codes minted to warm the mock's code exchange up (and to estimate the pool the timed run needs). */
  warmupCodes: 8000,
  /** The pool is this many times what the warm-up rate needs for the timed run... */
  poolHeadroom: 1.8,
  /** ...and never more than this many codes. */
  maxPool: 400_000,
};
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'reports/bench.json');
/** Bound on the whole bench: past this, children are killed and the bench fails. */
const WATCHDOG_MS = 10 * 60 * 1000;

const t0 = performance.now();
const log = (line) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);
const byName = (fn) => Object.fromEntries(TARGETS.map((t) => [t.name, fn(t)]));

// ---------------------------------------------------------------------------------------------------

async function startupBreakdown(runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await runNodeScript([join(ROOT, 'bench/startup/mock-phases.mjs')], { cwd: ROOT, timeoutMs: 20_000 }));
  }
  const out = { runs, ...samples[0] };
  for (const key of Object.keys(samples[0])) {
    if (key.endsWith('Ms')) out[key] = median(samples.map((s) => s[key]));
  }
  return out;
}

async function startServers() {
  const servers = {};
  for (const target of TARGETS) {
    const port = await freePort();
    const child = spawnNode(targetArgs(target, port), { cwd: ROOT });
    servers[target.name] = { port, child };
    await waitForHealth(child, port, target.name, { intervalMs: 5, timeoutMs: 10_000 });
  }
  return servers;
}

/** A code from the mock, exchanged for an access_token: the userinfo path for the mock's load run. */
async function mockUserinfoPath(port) {
  const base = `http://127.0.0.1:${port}`;
  const minted = await fetch(`${base}/__mock/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appid: APPID, persona: PERSONA }),
  });
  if (minted.status !== 201) throw new Error(`POST /__mock/codes answered ${minted.status}: ${await minted.text()}`);
  const { code } = await minted.json();
  const answer = await (await fetch(`${base}${exchangePath(code)}`)).json();
  if (answer.errcode !== undefined || !answer.access_token) {
    throw new Error(`code exchange failed: ${JSON.stringify(answer)}`);
  }
  const path = `/sns/userinfo?access_token=${answer.access_token}&openid=${answer.openid}`;
  const check = await (await fetch(`${base}${path}`)).json();
  if (check.errcode !== undefined) throw new Error(`userinfo failed: ${JSON.stringify(check)}`);
  return { path, accessToken: answer.access_token, openid: answer.openid };
}

async function loadUserinfo(servers) {
  const real = await mockUserinfoPath(servers.mock.port);
  // Same shape and length for the baselines, which answer any path alike.
  const fake = `/sns/userinfo?access_token=${'8'.repeat(real.accessToken.length)}&openid=${'o'.repeat(real.openid.length)}`;
  const results = {};
  for (const target of TARGETS) {
    const { port } = servers[target.name];
    const path = target.name === 'mock' ? real.path : fake;
    const { connections, warmupS, durationS } = CONFIG;
    if (warmupS > 0) await runLoad({ port, connections, duration: warmupS, request: fixedRequest(path, newTally()) });
    const tally = newTally();
    const result = await runLoad({ port, connections, duration: durationS, request: fixedRequest(path, tally) });
    results[target.name] = { ...result, answers: tally };
    log(
      `  userinfo ${target.name}: ${fmt(result.reqPerSec)} req/s, p99 ${result.latencyP99Ms} ms ` +
        `(${tally.ok} ok, ${tally.failed} failed, ${result.errors} errors)`,
    );
  }
  return results;
}

async function loadExchangeMock(port) {
  const { connections, durationS } = CONFIG;
  // Warm up on a first pool; its rate sizes the pool of the timed run.
  const warmMint = await mintCodes({ port, connections, count: CONFIG.warmupCodes });
  log(`  exchange mock: minted ${warmMint.codes.length} warm-up codes at ${fmt(warmMint.perSec)}/s`);
  const warmTally = newTally();
  const warmAmount = Math.floor((warmMint.codes.length - 2 * connections) / connections) * connections;
  const warm = await runLoad({
    port,
    connections,
    amount: warmAmount,
    request: exchangeRequest(warmMint.codes, warmTally, { wrap: false }),
  });
  const warmRate = warm.total / warm.durationS;
  log(
    `  exchange mock: warm-up ${warm.total} exchanges in ${fmt(warm.durationS, 1)} s (${fmt(warmRate)}/s; ` +
      `${warmTally.failed} failed)`,
  );
  if (warmTally.ok === 0) throw new Error(`no code exchange succeeded in the warm-up: ${warmTally.firstFailure}`);

  let poolSize = Math.ceil(warmRate * durationS * CONFIG.poolHeadroom) + 4 * connections;
  let attempt;
  for (let tries = 1; tries <= 2; tries++) {
    poolSize = Math.min(CONFIG.maxPool, poolSize);
    const mint = await mintCodes({ port, connections, count: poolSize });
    log(`  exchange mock: minted a pool of ${mint.codes.length} codes at ${fmt(mint.perSec)}/s`);
    const tally = newTally();
    const result = await runLoad({
      port,
      connections,
      duration: durationS,
      request: exchangeRequest(mint.codes, tally, { wrap: false }),
    });
    attempt = { ...result, answers: tally, pool: mint.codes.length, mintPerSec: mint.perSec, tries, warmRate };
    if (tally.exhausted === 0 || poolSize >= CONFIG.maxPool) break;
    log(`  exchange mock: the pool ran out (${tally.exhausted} requests without a code); again with a larger pool`);
    poolSize = Math.ceil(result.total * 1.5) + 4 * connections;
  }
  return attempt;
}

async function loadExchange(servers) {
  const results = {};
  const { connections, warmupS, durationS } = CONFIG;
  const pool = fakeCodes(50_000);
  for (const target of TARGETS) {
    const { port } = servers[target.name];
    let result;
    if (target.name === 'mock') {
      result = await loadExchangeMock(port);
    } else {
      if (warmupS > 0) {
        await runLoad({
          port,
          connections,
          duration: warmupS,
          request: exchangeRequest(pool, newTally(), { wrap: true }),
        });
      }
      const tally = newTally();
      const run = await runLoad({
        port,
        connections,
        duration: durationS,
        request: exchangeRequest(pool, tally, { wrap: true }),
      });
      result = { ...run, answers: tally };
    }
    results[target.name] = result;
    const { answers } = result;
    log(
      `  exchange ${target.name}: ${fmt(result.reqPerSec)} req/s, p99 ${result.latencyP99Ms} ms ` +
        `(${answers.ok} ok, ${answers.failed} failed${answers.exhausted ? `, ${answers.exhausted} without a code` : ''}` +
        `, ${result.errors} errors)`,
    );
    if (answers.failed > 0) log(`    first failed answer: ${answers.firstFailure}`);
  }
  return results;
}

async function memory() {
  const onLine = (line) => log(line);
  const gcArgs = (file, ...rest) => ['--expose-gc', join(ROOT, 'bench/memory', file), ...rest];
  log('heap per live token (100,000 grants in a fresh MockModel):');
  const heap = await runNodeScript(gcArgs('heap-per-token.mjs'), { cwd: ROOT, timeoutMs: 120_000, onLine });
  log('RSS across 1,000,000 tokens, clock moved 30 days + 1 s before each batch of 100,000:');
  const rss = await runNodeScript(gcArgs('rss-across-tokens.mjs'), { cwd: ROOT, timeoutMs: 180_000, onLine });
  let rssFullRetention = null;
  if (rss.batches.at(-1).held > rss.perBatch) {
    // Earlier batches are still held: see whether moving one more day (the time the mock remembers an
    // expired grant) lets the store sweep them, i.e. whether the growth is retention or a leak.
    log(`  ${rss.batches.at(-1).held} grants still held after the last batch; again with the clock moved 1 day more:`);
    rssFullRetention = await runNodeScript(gcArgs('rss-across-tokens.mjs', String(24 * 3600)), {
      cwd: ROOT,
      timeoutMs: 180_000,
      onLine,
    });
  }
  return { heap, rss, rssFullRetention };
}

// ---------------------------------------------------------------------------------------------------

function summarize({ cold, breakdown, userinfo, exchange, mem }) {
  const rows = [];
  const coldRatio = cold.mock.medianMs / cold['bare-node'].medianMs;
  const koaColdRatio = cold['bare-koa'].medianMs / cold['bare-node'].medianMs;
  rows.push(
    row('cold start, median (ms)', {
      mock: fmt(cold.mock.medianMs, 1),
      node: fmt(cold['bare-node'].medianMs, 1),
      koa: fmt(cold['bare-koa'].medianMs, 1),
      ratio: ratioText(coldRatio, 'node'),
      target: '<= 1.60x node',
      pass: coldRatio <= 1.6,
      note:
        `bare-koa is ${fmt(koaColdRatio, 2)}x bare-node. The mock (median of ${breakdown.runs} runs): Node boot ` +
        `${fmt(breakdown.bootMs)} ms, import koa ${fmt(breakdown.koaMs)} ms, @koa/router ${fmt(breakdown.routerMs)} ms, ` +
        `its own ${breakdown.mockEsmFiles} modules ${fmt(breakdown.mockModulesMs)} ms, config ` +
        `${fmt(breakdown.configMs, 1)} ms, app + listen ${fmt(breakdown.appAndListenMs, 1)} ms, first health ` +
        `request ${fmt(breakdown.firstRequestMs, 1)} ms (in process); ${breakdown.cjsFiles} CommonJS files from ` +
        `${breakdown.cjsPackages} packages.`,
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
        ratio: ratioText(ratio, 'koa'),
        target: `>= ${threshold.toFixed(2)}x koa`,
        pass: valid ? ratio >= threshold : 'invalid',
        note: notes.length > 0 ? notes.join('; ') : undefined,
      }),
      row(`${label}, p99 (ms)`, {
        mock: fmt(results.mock.latencyP99Ms),
        node: fmt(results['bare-node'].latencyP99Ms),
        koa: fmt(results['bare-koa'].latencyP99Ms),
        ratio: ratioText(results.mock.latencyP99Ms / results['bare-koa'].latencyP99Ms, 'koa'),
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
        `grants held after each batch: ${held.join(', ')}; heap after the first/last batch ` +
        `${fmt(mib(rss.batches[0].heapUsed), 1)}/${fmt(mib(rss.batches.at(-1).heapUsed), 1)} MiB; RSS max ` +
        `${fmt(mib(rss.rssMax), 1)} MiB.`,
    }),
  );
  if (rssFullRetention) {
    const r = rssFullRetention;
    rows.push(
      row('  same, clock +1 day more (MiB)', {
        mock: `${fmt(mib(r.rssFirst), 1)} -> ${fmt(mib(r.rssLast), 1)}`,
        ratio: `${r.changePct >= 0 ? '+' : ''}${fmt(r.changePct, 1)}%`,
        note: `clock moved ${r.advanceSeconds} s per batch; grants held after each batch: ${r.batches.map((b) => b.held).join(', ')}.`,
      }),
    );
  }
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
    `load: ${CONFIG.connections} connections, ${CONFIG.warmupS} s warm-up + ${CONFIG.durationS} s per run; ` +
      `cold start: ${CONFIG.coldRounds} rounds`,
  );
  if (!existsSync(join(ROOT, 'dist/mock-server/cli.js'))) {
    throw new Error('dist/mock-server/cli.js is missing: run `npm run build` (npm run bench does)');
  }

  log('where the mock spends its start-up (in process, 5 runs):');
  const breakdown = await startupBreakdown(5);
  log(
    `  boot ${fmt(breakdown.bootMs)} ms, koa ${fmt(breakdown.koaMs)} ms, @koa/router ${fmt(breakdown.routerMs)} ms, ` +
      `mock modules ${fmt(breakdown.mockModulesMs)} ms, config ${fmt(breakdown.configMs, 1)} ms, app + listen ` +
      `${fmt(breakdown.appAndListenMs, 1)} ms, first request ${fmt(breakdown.firstRequestMs, 1)} ms`,
  );

  log('cold start (spawn to first 200 on /__mock/health):');
  const cold = await measureColdStart({ rounds: CONFIG.coldRounds, log });

  log('starting the three servers for the load runs');
  const servers = await startServers();
  let userinfo;
  let exchange;
  try {
    log(`GET /sns/userinfo, ${CONFIG.connections} connections:`);
    userinfo = await loadUserinfo(servers);
    log(`GET /sns/oauth2/access_token with a fresh code per request, ${CONFIG.connections} connections:`);
    exchange = await loadExchange(servers);
  } finally {
    await Promise.all(Object.values(servers).map(({ child }) => stopChild(child)));
  }

  const mem = await memory();

  const rows = summarize({ cold, breakdown, userinfo, exchange, mem });
  const table = formatTable(rows);
  const judged = rows.filter((r) => r.result !== 'info');
  const missed = judged.filter((r) => r.result !== 'PASS');
  process.stdout.write(
    `\n=== wechat-oauth-mock bench: Node ${environment.node}, ${environment.cpus} CPUs ===\n` +
      'ratios are what matter: absolute figures move with the (shared, noisy) machine\n\n' +
      `${table}\n\n`,
  );
  process.stdout.write(
    missed.length === 0
      ? `all ${judged.length} targets met\n`
      : `${missed.length} of ${judged.length} targets MISSED: ${missed.map((r) => r.metric).join('; ')}\n`,
  );

  const report = {
    environment,
    config: CONFIG,
    elapsedS: (performance.now() - t0) / 1000,
    coldStart: cold,
    startupBreakdown: breakdown,
    userinfo,
    codeExchange: exchange,
    memory: mem,
    summary: rows,
    targetsMissed: missed.map((r) => r.metric),
  };
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

// The store and fleet figures (issue 16, docs/decisions/0026 and 0027), side by side in one run: the mock on
// its memory store, on a Redis store, and as `--workers 2` on that Redis, under the same userinfo and
// code-exchange load (interleaved segments, like the baselines'), plus what a --state-file snapshot of
// 100,000 grants costs (bench/state-file.mjs). Redis is Debian's redis-server on a free loopback port,
// started and stopped here; without it the Redis figures are skipped with a line saying so.
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { availableParallelism, setPriority } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  cpuTimeMs,
  freePort,
  runNodeScript,
  spawnNode,
  spawnProgram,
  stopChild,
  treeCpuTimeMs,
  waitForHealth,
} from './children.mjs';
import { codePool } from './code-pool.mjs';
import { interleaved } from './interleaved.mjs';
import { newTally, rotatingRequest } from './load.mjs';
import { userinfoPath } from './mock-control.mjs';
import { ratioText, row } from './report.mjs';
import { fmt } from './stats.mjs';
import { ROOT, TARGETS, targetArgs } from './targets.mjs';

/** Niceness of the load generator (this process) while the servers are loaded: they come first for the CPUs. */
const LOAD_GENERATOR_NICE = 10;

/** Why the Redis figures cannot be taken here, or null. */
function redisMissing() {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'no redis-server installed (Debian: apt-get install redis-server)';
  }
}

/** Resolves once Redis on `port` answers PING; bounded. */
async function waitForRedis(child, port) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${child.stderrText}`);
    const pong = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setTimeout(1000, () => socket.destroy());
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('close', () => resolve(false));
    });
    if (pong) return;
    await sleep(50);
  }
  throw new Error(`redis-server on port ${port} never answered PING`);
}

async function startRedis() {
  const port = await freePort();
  // No persistence: the figures are the store's per-request cost, not the disk's.
  const child = spawnProgram('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForRedis(child, port);
  return { port, child, url: `redis://127.0.0.1:${port}/0` };
}

/**
 * The three ways the mock runs, each its own program: the shipped CLI with bench/store-config.json, which
 * holds the code pool (as bench/load-config.json does) and registers the demo website app with the highest
 * minute quota from the start (WeChat's 50,000 a minute would cut the load short; changing it at runtime
 * would be one more thing the fleet's workers must share first).
 */
function programs(redis) {
  const mock = TARGETS.find((t) => t.name === 'mock');
  const store = (prefix) => ['--store', redis.url, '--store-prefix', prefix];
  return [
    { name: 'memory', extra: [] },
    { name: 'redis', extra: store('bench-redis:') },
    { name: 'redis x2', extra: [...store('bench-workers:'), '--workers', '2'] },
  ].map(({ name, extra }) => ({
    name,
    args: (port) => [...targetArgs(mock, port), '--config', join(ROOT, 'bench/store-config.json'), ...extra],
  }));
}

async function startServers(targets, redis) {
  const servers = {};
  for (const target of targets) {
    const port = await freePort();
    const child = spawnNode(target.args(port), { cwd: ROOT });
    // The server side of a request on the Redis store is the mock's processes and Redis together.
    const onRedis = target.name !== 'memory';
    const cpuMs = () => {
      const mock = treeCpuTimeMs(child.pid);
      const store = onRedis ? cpuTimeMs(redis.child.pid) : 0;
      return mock === null || store === null ? null : mock + store;
    };
    const redisCpuMs = () => (onRedis ? cpuTimeMs(redis.child.pid) : 0);
    servers[target.name] = { port, child, cpuMs, redisCpuMs };
    await waitForHealth(child, port, target.name, { intervalMs: 20, timeoutMs: 30_000 });
  }
  return servers;
}

/**
 * redis-server's share of the server CPU, per target: sampled around each timed segment (the segment's own
 * window is the interleaving's; these samples sit just inside the hooks around it).
 */
function redisCpuTally(servers, targets) {
  const spent = Object.fromEntries(targets.map((t) => [t.name, 0]));
  let started = null;
  return {
    before(t) {
      started = servers[t.name].redisCpuMs();
    },
    after(t) {
      const now = servers[t.name].redisCpuMs();
      spent[t.name] = started === null || now === null || spent[t.name] === null ? null : spent[t.name] + now - started;
    },
    into(results) {
      for (const t of targets) {
        const r = results[t.name];
        r.redisCpuUsPerReq = spent[t.name] === null || r.total === 0 ? null : (spent[t.name] * 1000) / r.total;
      }
    },
  };
}

function logResults(log, label, targets, results, tallies) {
  for (const t of targets) {
    const r = results[t.name];
    r.answers = tallies[t.name];
    const ofRedis = t.name === 'memory' ? '' : ` (of which redis-server ${fmt(r.redisCpuUsPerReq, 1)})`;
    log(
      `  ${label} ${t.name}: ${fmt(r.reqPerSec)} req/s, p99 ${fmt(r.latencyP99Ms, 1)} ms, server CPU ` +
        `${fmt(r.serverCpuUsPerReq, 1)} us/req${ofRedis} (${r.answers.ok} ok, ${r.answers.failed} failed, ${r.errors} errors)`,
    );
    if (r.answers.failed > 0) log(`    first failed answer: ${r.answers.firstFailure}`);
  }
}

/** Logins whose userinfo the load asks for in turn: a shared service answers many users, not one hot token. */
const USERINFO_LOGINS = 100;

async function loadUserinfo(servers, targets, config, log) {
  const tallies = Object.fromEntries(targets.map((t) => [t.name, newTally()]));
  const requests = {};
  for (const t of targets) {
    const paths = [];
    for (let i = 0; i < USERINFO_LOGINS; i++) paths.push((await userinfoPath(servers[t.name].port)).path);
    requests[t.name] = rotatingRequest(paths, tallies[t.name]);
    // Warm-up, not counted.
    const warmUp = { ...config, rounds: 1, segmentS: config.warmupS };
    await interleaved(servers, [t], warmUp, { requestFor: () => rotatingRequest(paths, newTally()) });
  }
  const redisCpu = redisCpuTally(servers, targets);
  const results = await interleaved(servers, targets, config, {
    requestFor: (t) => requests[t.name],
    beforeSegment: async (t) => redisCpu.before(t),
    afterSegment: (t) => redisCpu.after(t),
  });
  redisCpu.into(results);
  logResults(log, 'userinfo', targets, results, tallies);
  return results;
}

async function loadExchange(servers, targets, config, log) {
  const tallies = Object.fromEntries(targets.map((t) => [t.name, newTally()]));
  const pools = {};
  for (const t of targets) {
    pools[t.name] = codePool(servers[t.name].port, config, tallies[t.name], log, t.name);
    await pools[t.name].warmUp();
  }
  const redisCpu = redisCpuTally(servers, targets);
  const results = await interleaved(servers, targets, config, {
    requestFor: (t) => pools[t.name].request,
    beforeSegment: async (t) => {
      await pools[t.name].topUp();
      redisCpu.before(t);
    },
    afterSegment: (t, run) => {
      redisCpu.after(t);
      pools[t.name].observe(run);
    },
    onInstance: (t, run) => pools[t.name].onInstance(run),
  });
  redisCpu.into(results);
  logResults(log, 'exchange', targets, results, tallies);
  return results;
}

async function runStateFile(log) {
  log('--state-file: a save of 100,000 live grants (bench/state-file.mjs, one kill -9 round):');
  const stateFile = await runNodeScript([join(ROOT, 'bench/state-file.mjs')], {
    cwd: ROOT,
    timeoutMs: 180_000,
    onLine: (line) => log(`  ${line}`),
    env: { ...process.env, BENCH_STATE_CRASHES: '1', BENCH_STATE_ROUNDS: '3' },
  });
  const { whileSaving, notSaving } = stateFile.underLoad;
  log(
    `  save ${stateFile.saveMs.median} ms (max ${stateFile.saveMs.max}), longest stall ` +
      `${stateFile.longestStallMs.monitorEventLoopDelay} ms, ${stateFile.fileMiB} MiB; serving userinfo: ` +
      `longest wait ${whileSaving.latencyMs.max} ms saving, ${notSaving.latencyMs.max} ms not`,
  );
  return stateFile;
}

/**
 * The snapshot figures (unless `stateFile` is false: BENCH_ONLY=redis), then (with redis-server) the load
 * figures. Resolves to `{ stateFile, skipped }` or `{ stateFile, userinfo, exchange, loadGeneratorNice }`.
 */
export async function runStorePhase(config, log, { stateFile: measureStateFile = true } = {}) {
  const stateFile = measureStateFile ? await runStateFile(log) : null;
  const missing = redisMissing();
  if (missing !== null) {
    log(`memory vs Redis store and --workers 2: skipped, ${missing}`);
    return { stateFile, skipped: missing };
  }
  const redis = await startRedis();
  const targets = programs(redis);
  log(`memory store vs Redis store (redis-server on port ${redis.port}) vs --workers 2 on it:`);
  const servers = await startServers(targets, redis);
  try {
    // The servers are started: from here on only this process, the load generator, runs at a lower priority.
    setPriority(LOAD_GENERATOR_NICE);
    log(`  the load generator runs at nice ${LOAD_GENERATOR_NICE}; server CPU counts the mock's processes and Redis`);
    const plan = `${config.rounds} rounds of ${config.segmentS} s per server, interleaved`;
    log(`GET /sns/userinfo of ${USERINFO_LOGINS} logins in turn, ${config.connections} connections, ${plan}:`);
    const userinfo = await loadUserinfo(servers, targets, config, log);
    log(`GET /sns/oauth2/access_token with a fresh code per request, ${config.connections} connections, ${plan}:`);
    const exchange = await loadExchange(servers, targets, config, log);
    return { stateFile, userinfo, exchange, loadGeneratorNice: LOAD_GENERATOR_NICE };
  } finally {
    await Promise.all(Object.values(servers).map(({ child }) => stopChild(child)));
    await stopChild(redis.child);
  }
}

/** The summary table's rows for this phase (the mock column holds the figure under test). */
export function storeRows(store) {
  const { stateFile } = store;
  const rows = [];
  if (stateFile !== null) {
    const { whileSaving, notSaving } = stateFile.underLoad;
    const stall = Math.max(stateFile.longestStallMs.monitorEventLoopDelay, stateFile.longestStallMs.setImmediateTicker);
    rows.push(
      row('state file: save of 100k grants (ms)', {
        mock: fmt(stateFile.saveMs.max, 1),
        target: '< 200',
        pass: stateFile.saveMs.max < 200,
        note: `median ${stateFile.saveMs.median} ms; ${stateFile.fileMiB} MiB`,
      }),
      row('state file: longest stall (ms)', { mock: fmt(stall, 1), target: '< 20', pass: stall < 20 }),
      row('  longest userinfo wait while saving (ms)', {
        mock: fmt(whileSaving.latencyMs.max, 1),
        target: 'info',
        note:
          `${stateFile.underLoad.load}; not saving ${notSaving.latencyMs.max} ms; p99 ${whileSaving.latencyMs.p99} / ` +
          `${notSaving.latencyMs.p99} ms; longest event-loop gap inside the mock ${whileSaving.serverLongestEventLoopGapMs} / ` +
          `${notSaving.serverLongestEventLoopGapMs} ms; ${whileSaving.saves} saves, median ${whileSaving.saveMs?.median} ms`,
      }),
    );
  }
  if (store.skipped) {
    rows.push(row('Redis store and --workers 2', { mock: 'skipped', note: store.skipped }));
    return rows;
  }
  const valid = (r) => r.answers.failed + r.errors <= 0.005 * Math.max(1, r.total);
  for (const [label, results, goal] of [
    ['userinfo', store.userinfo, true],
    ['code exchange', store.exchange, false],
  ]) {
    const memory = results.memory;
    const redis = results.redis;
    const workers = results['redis x2'];
    const ok = valid(memory) && valid(redis) && valid(workers);
    const cpu = (r) => fmt(r.serverCpuUsPerReq, 1);
    rows.push(
      row(`Redis store: ${label} req/s`, {
        mock: fmt(redis.reqPerSec),
        ratio: ratioText(redis.reqPerSec / memory.reqPerSec, 'memory', goal ? 0.5 : undefined),
        target: goal ? '>= 0.50x memory' : 'info',
        pass: goal ? (ok ? redis.reqPerSec / memory.reqPerSec >= 0.5 : 'invalid') : null,
        note: `memory store ${fmt(memory.reqPerSec)} req/s; p99 ${fmt(memory.latencyP99Ms, 1)} / ${fmt(redis.latencyP99Ms, 1)} ms`,
      }),
      row(`  server CPU per ${label} (us)`, {
        mock: cpu(redis),
        ratio: ratioText(redis.serverCpuUsPerReq / memory.serverCpuUsPerReq, 'memory'),
        note: `memory store ${cpu(memory)} us; on Redis the mock's process and redis-server (${fmt(redis.redisCpuUsPerReq, 1)} us) together`,
      }),
      row(`--workers 2 on Redis: ${label} req/s`, {
        mock: fmt(workers.reqPerSec),
        ratio: ratioText(workers.reqPerSec / redis.reqPerSec, '1 worker', goal ? 1.5 : undefined),
        target: goal ? '>= 1.50x 1 worker' : 'info',
        pass: goal ? (ok ? workers.reqPerSec / redis.reqPerSec >= 1.5 : 'invalid') : null,
        note:
          `one worker ${fmt(redis.reqPerSec)} req/s; server CPU ${cpu(workers)} us/req (primary, 2 workers, Redis ` +
          `${fmt(workers.redisCpuUsPerReq, 1)}); ` +
          `the load generator shares the machine's ${availableParallelism()} CPUs at nice ${store.loadGeneratorNice}`,
      }),
    );
  }
  return rows;
}

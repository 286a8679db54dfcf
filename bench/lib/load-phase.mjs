// The load figures: /sns/userinfo and code exchange at N connections against the three servers, each
// in its own child. Every timed run is cut into rounds of short segments, the three servers taking
// turns in a rotating order, so that the machine's noise falls on all three alike.
import { performance } from 'node:perf_hooks';
import { cpuTimeMs, freePort, spawnNode, stopChild, waitForHealth } from './children.mjs';
import { exchangeRequest, fakeCodes, fixedRequest, mintCodes, newTally, percentile, runLoad } from './load.mjs';
import { liftMinuteQuota, userinfoPath } from './mock-control.mjs';
import { fmt } from './stats.mjs';
import { loadArgs, ROOT, TARGETS } from './targets.mjs';

async function startServers() {
  const servers = {};
  for (const target of TARGETS) {
    const port = await freePort();
    const child = spawnNode(loadArgs(target, port), { cwd: ROOT });
    servers[target.name] = { port, child };
    await waitForHealth(child, port, target.name, { intervalMs: 5, timeoutMs: 10_000 });
  }
  return servers;
}

/**
 * `rounds` rounds of one `segmentS` run per server (rotating who goes first); `requestFor(target)` gives
 * the autocannon request of a server (built once, so state such as a code pool carries over);
 * `beforeSegment(target)` and `afterSegment(target, run)` run around each segment, outside its window.
 */
async function interleaved(
  servers,
  config,
  { requestFor, beforeSegment = async () => {}, afterSegment = () => {}, onInstance },
) {
  const { connections, rounds, segmentS } = config;
  const acc = Object.fromEntries(
    TARGETS.map((t) => [
      t.name,
      { total: 0, durationS: 0, cpuMs: 0, errors: 0, timeouts: 0, non2xx: 0, latencies: [], segments: [] },
    ]),
  );
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < TARGETS.length; i++) {
      const target = TARGETS[(round + i) % TARGETS.length];
      const server = servers[target.name];
      const a = acc[target.name];
      await beforeSegment(target);
      const cpuBefore = cpuTimeMs(server.child.pid);
      const run = await runLoad({
        port: server.port,
        connections,
        duration: segmentS,
        request: requestFor(target),
        latencies: a.latencies,
        onInstance: (run) => onInstance?.(target, run),
      });
      const cpuAfter = cpuTimeMs(server.child.pid);
      afterSegment(target, run);
      a.cpuMs = cpuBefore === null || cpuAfter === null || a.cpuMs === null ? null : a.cpuMs + cpuAfter - cpuBefore;
      a.total += run.total;
      a.durationS += run.durationS;
      a.errors += run.errors;
      a.timeouts += run.timeouts;
      a.non2xx += run.non2xx;
      a.segments.push({ reqPerSec: Math.round(run.total / run.durationS), p99Ms: run.latencyP99Ms });
    }
  }
  return Object.fromEntries(
    TARGETS.map((t) => {
      const { latencies, cpuMs, ...a } = acc[t.name];
      return [
        t.name,
        {
          ...a,
          reqPerSec: a.total / a.durationS,
          latencyP50Ms: percentile(latencies, 50),
          latencyP99Ms: percentile(latencies, 99),
          serverCpuUsPerReq: cpuMs === null || a.total === 0 ? null : (cpuMs * 1000) / a.total,
        },
      ];
    }),
  );
}

function logResults(log, label, results, tallies) {
  for (const t of TARGETS) {
    const r = results[t.name];
    const answers = tallies[t.name];
    log(
      `  ${label} ${t.name}: ${fmt(r.reqPerSec)} req/s, p99 ${fmt(r.latencyP99Ms, 1)} ms, server CPU ` +
        `${fmt(r.serverCpuUsPerReq, 1)} us/req (${answers.ok} ok, ${answers.failed} failed` +
        `${answers.exhausted ? `, ${answers.exhausted} without a code` : ''}, ${r.errors} errors; per segment ` +
        `${r.segments.map((s) => s.reqPerSec).join('/')} req/s)`,
    );
    if (answers.failed > 0) log(`    first failed answer: ${answers.firstFailure}`);
    r.answers = answers;
  }
}

async function warmUp(servers, config, targets, requestFor) {
  if (config.warmupS <= 0) return;
  for (const t of targets) {
    await runLoad({
      port: servers[t.name].port,
      connections: config.connections,
      duration: config.warmupS,
      request: requestFor(t),
    });
  }
}

async function loadUserinfo(servers, config, log) {
  const real = await userinfoPath(servers.mock.port);
  // Same shape and length for the baselines, which answer any path alike.
  const fake = `/sns/userinfo?access_token=${'8'.repeat(real.accessToken.length)}&openid=${'o'.repeat(real.openid.length)}`;
  const pathOf = (t) => (t.name === 'mock' ? real.path : fake);
  await warmUp(servers, config, TARGETS, (t) => fixedRequest(pathOf(t), newTally()));
  const tallies = Object.fromEntries(TARGETS.map((t) => [t.name, newTally()]));
  const requests = Object.fromEntries(TARGETS.map((t) => [t.name, fixedRequest(pathOf(t), tallies[t.name])]));
  const results = await interleaved(servers, config, { requestFor: (t) => requests[t.name] });
  logResults(log, 'userinfo', results, tallies);
  return results;
}

async function loadExchange(servers, config, log) {
  const { connections, segmentS } = config;
  const mockPort = servers.mock.port;
  // The mock: warm up on a first pool of codes; its rate sizes the pool of each timed segment.
  const warmPool = (await mintCodes({ port: mockPort, connections, count: config.warmupCodes })).codes;
  const warmAmount = Math.floor((warmPool.length - 2 * connections) / connections) * connections;
  const warmTally = newTally();
  const warm = await runLoad({
    port: mockPort,
    connections,
    amount: warmAmount,
    request: exchangeRequest(warmPool, { next: 0 }, warmTally, { wrap: false }),
  });
  const warmRate = warm.total / warm.durationS;
  // The warm-up starts cold (the mock then runs 3x faster): until a timed segment shows the real rate, assume 4x.
  let rate = 4 * warmRate;
  log(`  exchange mock: warm-up of ${warm.total} exchanges at ${fmt(warmRate)}/s (${warmTally.failed} failed)`);
  if (warmTally.ok === 0) throw new Error(`no code exchange succeeded in the warm-up: ${warmTally.firstFailure}`);

  const pool = [];
  const cursor = { next: 0 };
  const minting = { codes: 0, ms: 0 };
  const topUp = async () => {
    const need = Math.ceil(rate * segmentS * config.poolHeadroom) + 4 * connections;
    const remaining = pool.length - cursor.next;
    if (remaining >= need) return;
    const started = performance.now();
    const { minted } = await mintCodes({ port: mockPort, connections, count: need - remaining, into: pool });
    minting.codes += minted;
    minting.ms += performance.now() - started;
  };
  const fake = fakeCodes(50_000);
  const tallies = Object.fromEntries(TARGETS.map((t) => [t.name, newTally()]));
  const requests = Object.fromEntries(
    TARGETS.map((t) => [
      t.name,
      t.name === 'mock'
        ? exchangeRequest(pool, cursor, tallies.mock, { wrap: false })
        : exchangeRequest(fake, { next: 0 }, tallies[t.name], { wrap: true }),
    ]),
  );
  const baselines = TARGETS.filter((t) => t.name !== 'mock');
  await warmUp(servers, config, baselines, () => exchangeRequest(fake, { next: 0 }, newTally(), { wrap: true }));
  const results = await interleaved(servers, config, {
    requestFor: (t) => requests[t.name],
    async beforeSegment(t) {
      if (t.name === 'mock') await topUp();
    },
    afterSegment(t, run) {
      // The next segment's pool is sized on the fastest rate seen so far.
      if (t.name === 'mock') rate = Math.max(rate, run.total / run.durationS);
    },
    onInstance(t, run) {
      if (t.name === 'mock') cursor.stop = () => run.stop();
    },
  });
  log(
    `  exchange mock: ${minting.codes} codes minted for the timed segments (at ${fmt((minting.codes * 1000) / minting.ms)}/s, ` +
      'outside the timed windows)',
  );
  logResults(log, 'exchange', results, tallies);
  results.mock.warmupRate = warmRate;
  results.mock.codesMinted = minting.codes;
  return results;
}

/** Starts the servers, runs the load figures, stops the servers (also on failure). */
export async function runLoadPhase(config, log) {
  log('starting the three servers for the load runs');
  const servers = await startServers();
  try {
    const quota = await liftMinuteQuota(servers.mock.port);
    log(`  the mock's minute quota: ${quota}`);
    const plan = `${config.rounds} rounds of ${config.segmentS} s per server, interleaved, after ${config.warmupS} s of warm-up`;
    log(`GET /sns/userinfo, ${config.connections} connections, ${plan}:`);
    const userinfo = await loadUserinfo(servers, config, log);
    log(`GET /sns/oauth2/access_token with a fresh code per request, ${config.connections} connections, ${plan}:`);
    const exchange = await loadExchange(servers, config, log);
    return { quota, userinfo, exchange };
  } finally {
    await Promise.all(Object.values(servers).map(({ child }) => stopChild(child)));
  }
}

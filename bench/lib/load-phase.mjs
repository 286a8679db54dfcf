// The load figures: /sns/userinfo and code exchange at N connections against the three servers, each
// in its own child. Every timed run is cut into rounds of short segments, the three servers taking
// turns in a rotating order, so that the machine's noise falls on all three alike.
import { cpuTimeMs, freePort, spawnNode, stopChild, waitForHealth } from './children.mjs';
import { codePool } from './code-pool.mjs';
import { interleaved } from './interleaved.mjs';
import { exchangeRequest, fakeCodes, fixedRequest, newTally, runLoad } from './load.mjs';
import { liftMinuteQuota, userinfoPath } from './mock-control.mjs';
import { fmt } from './stats.mjs';
import { loadArgs, ROOT, TARGETS } from './targets.mjs';

async function startServers() {
  const servers = {};
  for (const target of TARGETS) {
    const port = await freePort();
    const child = spawnNode(loadArgs(target, port), { cwd: ROOT });
    servers[target.name] = { port, child, cpuMs: () => cpuTimeMs(child.pid) };
    await waitForHealth(child, port, target.name, { intervalMs: 5, timeoutMs: 10_000 });
  }
  return servers;
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
  const results = await interleaved(servers, TARGETS, config, { requestFor: (t) => requests[t.name] });
  logResults(log, 'userinfo', results, tallies);
  return results;
}

async function loadExchange(servers, config, log) {
  const tallies = Object.fromEntries(TARGETS.map((t) => [t.name, newTally()]));
  const codes = codePool(servers.mock.port, config, tallies.mock, log, 'mock');
  const warmRate = await codes.warmUp();
  const fake = fakeCodes(50_000);
  const requests = Object.fromEntries(
    TARGETS.map((t) => [
      t.name,
      t.name === 'mock' ? codes.request : exchangeRequest(fake, { next: 0 }, tallies[t.name], { wrap: true }),
    ]),
  );
  const baselines = TARGETS.filter((t) => t.name !== 'mock');
  await warmUp(servers, config, baselines, () => exchangeRequest(fake, { next: 0 }, newTally(), { wrap: true }));
  const results = await interleaved(servers, TARGETS, config, {
    requestFor: (t) => requests[t.name],
    async beforeSegment(t) {
      if (t.name === 'mock') await codes.topUp();
    },
    afterSegment(t, run) {
      // The next segment's pool is sized on the fastest rate seen so far.
      if (t.name === 'mock') codes.observe(run);
    },
    onInstance(t, run) {
      if (t.name === 'mock') codes.onInstance(run);
    },
  });
  const { minting } = codes;
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

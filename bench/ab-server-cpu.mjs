// Server CPU per /sns/userinfo request for two or more builds of the mock, side by side in one run:
//   node bench/ab-server-cpu.mjs <cli A> <cli B> [<cli C> ...] [--requests N] [--rounds R] [--connections C] [--config F]
//   [--node-flags=--trace-gc-nvp]
// e.g. node bench/ab-server-cpu.mjs ../base/dist/bin/wechat-oauth-mock.mjs dist/bin/wechat-oauth-mock.mjs
// Each CLI runs in its own child, warmed up on 20,000 requests (the journal full); they take turns, round by
// round in a rotating order, under `--requests` userinfo requests (autocannon, in this process), so a noisy
// moment on a shared machine falls on all alike. Server CPU is user + system time from /proc/<pid>/stat before
// and after each round; printed per round, then the median per build and its ratio to the first build's.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuTimeMs, freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { fixedRequest, newTally, runLoad } from './lib/load.mjs';
import { liftMinuteQuota, userinfoPath } from './lib/mock-control.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    requests: { type: 'string', default: '150000' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    config: { type: 'string' },
    'node-flags': { type: 'string', default: '' },
  },
});
if (positionals.length < 2) {
  console.error(
    'usage: node bench/ab-server-cpu.mjs <cli A> <cli B> [...] [--requests N] [--rounds R] [--connections C]',
  );
  process.exit(2);
}
process.on('exit', killAllChildren);

const requests = Number(values.requests);
const connections = Number(values.connections);
const servers = [];
for (const cli of positionals) {
  const port = await freePort();
  const flags = values['node-flags'].split(' ').filter(Boolean);
  const args = [...flags, resolve(cli), '--port', String(port), '--host', '127.0.0.1', '--log', 'silent'];
  if (values.config) args.push('--config', resolve(values.config));
  // A child's stdout (e.g. `--node-flags --trace-gc-nvp`) is passed through.
  const child = spawnNode(args, { stdout: flags.length > 0 ? 'inherit' : 'ignore' });
  await waitForHealth(child, port, cli);
  await liftMinuteQuota(port);
  const { path } = await userinfoPath(port);
  // Warm-up: fill the journal and let the JIT settle before anything is measured.
  await runLoad({ port, connections, amount: 20_000, request: fixedRequest(path, newTally()) });
  servers.push({ cli, port, child, path, samples: [] });
}

for (let round = 0; round < Number(values.rounds); round++) {
  const order = [...servers.slice(round % servers.length), ...servers.slice(0, round % servers.length)];
  for (const server of order) {
    const tally = newTally();
    const before = cpuTimeMs(server.child.pid);
    const result = await runLoad({
      port: server.port,
      connections,
      amount: requests,
      request: fixedRequest(server.path, tally),
    });
    const usPerRequest = ((cpuTimeMs(server.child.pid) - before) * 1000) / result.total;
    if (tally.failed > 0) throw new Error(`${server.cli}: ${tally.failed} failed answers (${tally.firstFailure})`);
    server.samples.push(usPerRequest);
    console.log(
      `round ${round + 1} ${server.cli}: ${usPerRequest.toFixed(2)} us/request, ${Math.round(result.reqPerSec)} req/s`,
    );
  }
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const first = median(servers[0].samples);
for (const server of servers) {
  const us = median(server.samples);
  console.log(`median ${us.toFixed(2)} us/request (${(us / first).toFixed(3)}x the first)  ${server.cli}`);
}
await Promise.all(servers.map((s) => stopChild(s.child)));

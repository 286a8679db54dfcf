// `node bench/memory/page-flood-rss.mjs [--requests N] [--heap-mb M] [--parallel P]` (after `npm run build`): the built
// mock's RSS before and after a flood of unauthenticated QR pages, each with an 8 KB state (issue 12: 20,000
// of them once raised RSS by ~230 MiB, and a 96 MB heap died after ~9,700). Target: growth under 100 MiB
// and the mock still answering. Loopback only; bounded by the request count and a watchdog.

import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from '../lib/children.mjs';
import { fmt, mib } from '../lib/stats.mjs';
import { APPID, MOCK_CLI, ROOT } from '../lib/targets.mjs';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    'heap-mb': { type: 'string', default: '96' },
    parallel: { type: 'string', default: '50' },
  },
});
const REQUESTS = Number(values.requests);
const HEAP_MB = Number(values['heap-mb']);
const PARALLEL = Number(values.parallel);
const STATE = 's'.repeat(8192);
const TARGET_MIB = 100;
const SETTLE_MS = 15_000;
const watchdog = setTimeout(() => {
  process.stderr.write('the flood took longer than 10 minutes: stopping\n');
  killAllChildren();
  process.exit(2);
}, 600_000);

const rss = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) * 1024;

const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });
const get = (port, path) =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    })
      .on('error', reject)
      .end();
  });

const port = await freePort();
const mock = spawnNode(
  [`--max-old-space-size=${HEAP_MB}`, join(ROOT, MOCK_CLI), '--port', String(port), '--log', 'silent'],
  {
    cwd: ROOT,
  },
);
try {
  await waitForHealth(mock, port, 'the mock');
  const page = `/connect/qrconnect?appid=${APPID}&redirect_uri=${encodeURIComponent('http://localhost:3000/callback')}&response_type=code&scope=snsapi_login&state=${STATE}`;
  await get(port, page); // one warm request: the page's code paths are loaded before the first reading
  const before = rss(mock.pid);
  let peak = before;
  let sent = 0;
  let failures = 0;
  const worker = async () => {
    while (sent < REQUESTS) {
      sent++;
      if ((await get(port, page)) !== 200) failures++;
      if (sent % 1000 === 0) peak = Math.max(peak, rss(mock.pid));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const after = rss(mock.pid);
  peak = Math.max(peak, after);
  const health = await get(port, '/__mock/health');
  // Idle for a while: V8's memory reducer collects and gives pages back; what stays is what the mock keeps.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const settled = rss(mock.pid);
  const growth = mib(peak - before);
  process.stdout.write(
    `${[
      `${REQUESTS} GET /connect/qrconnect with an 8 KB state, ${PARALLEL} at a time, mock heap limit ${HEAP_MB} MB`,
      `RSS before ${fmt(mib(before), 1)} MiB, peak ${fmt(mib(peak), 1)} MiB, after ${fmt(mib(after), 1)} MiB, ${SETTLE_MS / 1000} s later ${fmt(mib(settled), 1)} MiB`,
      `growth (peak - before) ${fmt(growth, 1)} MiB (target under ${TARGET_MIB})  ${growth < TARGET_MIB ? 'PASS' : 'FAIL  <<<'}`,
      `non-200 answers ${failures}; the mock ${mock.exitCode === null ? 'is alive' : `exited (${mock.exitCode})`}, health ${health}`,
    ].join('\n')}\n`,
  );
  process.exitCode = growth < TARGET_MIB && failures === 0 && health === 200 ? 0 : 1;
} finally {
  agent.destroy();
  await stopChild(mock);
  clearTimeout(watchdog);
}

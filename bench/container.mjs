// The mock's image: its size against its base's, and start-to-healthy, from spawning `docker run` to
// the first 200 on GET /__mock/health (polled on 127.0.0.1 every ~5 ms); `docker stop` time as information.
//
//   npm run bench:container
//
// The image is WECHAT_MOCK_IMAGE (default: wechat-oauth-mock, as `docker build -t wechat-oauth-mock .`
// names it); its base is read from the image's org.opencontainers.image.base.name label. With
// WECHAT_MOCK_CONTAINER_NETWORK=host (engines without a bridge, as in this project's CI) the containers
// share the host's network and listen on a free loopback port; otherwise the port is published on 127.0.0.1.
import { execFile, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort, probe } from './lib/children.mjs';
import { fmt, median, mib, min } from './lib/stats.mjs';

const ROUNDS = 7;
const POLL_MS = 5;
const TIMEOUT_MS = 15_000;
const TARGET_START_MS = 1000;
const TARGET_EXTRA_MB = 60;

const image = process.env.WECHAT_MOCK_IMAGE || 'wechat-oauth-mock';
const hostNetwork = process.env.WECHAT_MOCK_CONTAINER_NETWORK === 'host';
const docker = (...args) => promisify(execFile)('docker', args).then(({ stdout }) => stdout.trim());
const imageSize = async (name) => Number(await docker('image', 'inspect', '-f', '{{.Size}}', name));

/** One start: `docker run` spawned, health polled until 200; then the container is stopped and removed. */
async function startOnce(round) {
  const port = await freePort();
  const name = `wechat-oauth-mock-bench-${process.pid}-${round}`;
  const network = hostNetwork
    ? ['--network', 'host', '-e', 'WECHAT_MOCK_HOST=127.0.0.1', '-e', `WECHAT_MOCK_PORT=${port}`]
    : ['-p', `127.0.0.1:${port}:3099`];
  const started = performance.now();
  const run = spawn('docker', ['run', '-d', '--name', name, ...network, image], { stdio: 'ignore' });
  let runExit = null;
  run.once('exit', (code) => {
    runExit = code;
  });
  try {
    for (let polls = 0; performance.now() - started < TIMEOUT_MS && polls < TIMEOUT_MS / POLL_MS; polls++) {
      if (runExit !== null && runExit !== 0) throw new Error(`docker run ${image} failed with status ${runExit}`);
      if ((await probe(port, '/__mock/health', 500)) === 200) break;
      await sleep(POLL_MS);
    }
    const healthyMs = performance.now() - started;
    if ((await probe(port)) !== 200)
      throw new Error(`${image} did not answer on /__mock/health within ${TIMEOUT_MS} ms`);
    const stopping = performance.now();
    await docker('stop', '-t', '10', name);
    const stopMs = performance.now() - stopping;
    const exitCode = Number(await docker('inspect', '-f', '{{.State.ExitCode}}', name));
    return { healthyMs, stopMs, exitCode };
  } finally {
    await docker('rm', '-f', name).catch(() => {});
  }
}

const base = await docker(
  'image',
  'inspect',
  '-f',
  '{{index .Config.Labels "org.opencontainers.image.base.name"}}',
  image,
);
const [size, baseSize] = [await imageSize(image), await imageSize(base)];
console.log(
  `image ${image} on ${base}, ${hostNetwork ? 'host networking' : 'published port'}; ${ROUNDS} starts after one unmeasured`,
);

await startOnce(0);
const samples = [];
for (let round = 1; round <= ROUNDS; round++) {
  samples.push(await startOnce(round));
  process.stdout.write('.');
}
process.stdout.write('\n');

const healthy = samples.map((s) => s.healthyMs);
const stops = samples.map((s) => s.stopMs);
const extraMb = mib(size - baseSize);
const rows = [
  ['image size', `${fmt(mib(size), 1)} MiB`, 'info', 'info'],
  ['base image size', `${fmt(mib(baseSize), 1)} MiB`, 'info', 'info'],
  ['image - base', `${fmt(extraMb, 2)} MiB`, `<= ${TARGET_EXTRA_MB} MB`, extraMb * 1.048576 <= TARGET_EXTRA_MB],
  [
    'start-to-healthy',
    `${fmt(median(healthy))} ms (min ${fmt(min(healthy))})`,
    `< ${TARGET_START_MS} ms`,
    median(healthy) < TARGET_START_MS,
  ],
  [
    'docker stop (SIGTERM)',
    `${fmt(median(stops))} ms (exit ${[...new Set(samples.map((s) => s.exitCode))].join(',')})`,
    'info',
    samples.every((s) => s.exitCode === 0) ? 'info' : false,
  ],
];
const verdict = (pass) => (pass === true ? 'PASS' : pass === false ? 'FAIL  <<<' : 'info');
const table = [['figure', 'value', 'target', 'result'], ...rows.map(([a, b, c, d]) => [a, b, c, verdict(d)])];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table)
  console.log(
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );

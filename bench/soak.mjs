// `npm run bench:soak`: the built mock under mixed traffic from real clients for a while (60 s by default,
// `--seconds N`), 200 virtual users at once: logins through the pages (QR page, QR image, a held long poll
// woken by the scan, the phone's Allow, the code), code exchange, userinfo, refresh and /sns/auth with the
// reference client, and control calls (minted codes, journal reads, clock reads, token revocation). It
// reports errors (target 0), the mock's RSS after a warm-up and at the end (target: within 10%), and p99
// per endpoint. Loopback only; bounded by a watchdog; stops by itself. See bench/README.md.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { percentile } from './lib/load.mjs';
import { liftMinuteQuota } from './lib/mock-control.mjs';
import { fmt, mib } from './lib/stats.mjs';
import { APPID, MOCK_CLI, PERSONA, ROOT, SECRET } from './lib/targets.mjs';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, users: { type: 'string', default: '200' } },
});
const seconds = Number(values.seconds);
const users = Number(values.users);
if (!Number.isInteger(seconds) || seconds < 2 || seconds > 3600) throw new Error('--seconds must be 2 to 3600');
if (!Number.isInteger(users) || users < 1 || users > 1000) throw new Error('--users must be 1 to 1000');
/** Traffic before the first RSS reading, not counted: pools, JIT and the bounded stores fill up. */
const warmupS = Math.min(10, Math.max(1, Math.round(seconds / 6)));
const OUT = join(ROOT, 'reports/bench-soak.json');
const RSS_TARGET = 0.1;
/** Past this, the bench kills what it started and fails: it always stops by itself. */
const WATCHDOG_MS = (warmupS + seconds + 90) * 1000;

const { WeChatOAuthClient } = await import(join(ROOT, 'dist/client/index.js'));

const t0 = performance.now();
const log = (line) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${line}\n`);

function rssBytes(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? Number.NaN) * 1024;
}

// ---------------------------------------------------------------------------------------------------
// Measuring: every request goes through one fetch that times it under its endpoint's name.

const latencies = new Map();
const counting = { on: false };
const errors = { count: 0, first: [] };

function endpointOf(method, url) {
  const { pathname } = new URL(url);
  const path = pathname.startsWith('/connect/qrcode/') ? '/connect/qrcode/{uuid}' : pathname;
  return `${method} ${path}`;
}

async function timedFetch(input, { label, ...init } = {}) {
  const url = typeof input === 'string' ? input : input.url;
  const name = label ?? endpointOf(init.method ?? input.method ?? 'GET', url);
  const started = performance.now();
  const response = await fetch(input, init);
  const body = await response.arrayBuffer();
  if (counting.on) {
    const samples = latencies.get(name) ?? [];
    latencies.set(name, samples);
    samples.push(performance.now() - started);
  }
  return new Response(body, { status: response.status, headers: response.headers });
}

function failed(what, detail) {
  errors.count++;
  if (errors.first.length < 10) errors.first.push(`${what}: ${detail}`);
}

/** Throws unless `answer` has `status`; returns its text. */
async function expectStatus(answer, status, what) {
  const text = await answer.text();
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${text.slice(0, 200)}`);
  return text;
}

// ---------------------------------------------------------------------------------------------------
// What each virtual user does, over and over.

function scenarios(base, token) {
  const client = new WeChatOAuthClient({
    appid: APPID,
    secret: SECRET,
    openBaseUrl: base,
    apiBaseUrl: base,
    fetch: timedFetch,
    retry: false,
  });
  const auth = token === null ? {} : { authorization: `Bearer ${token}` };
  const controlFetch = (path, init = {}) =>
    timedFetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...auth } });
  const poll = async (uuid, last, label) => {
    const script = await expectStatus(
      await timedFetch(`${base}/connect/l/qrconnect?uuid=${uuid}&last=${last}`, { label }),
      200,
      'long poll',
    );
    const match = /^window\.wx_errcode=(\d+);window\.wx_code='([A-Za-z0-9]*)';$/.exec(script);
    if (match === null) throw new Error(`long poll: not WeChat's script: ${script.slice(0, 100)}`);
    return { errcode: Number(match[1]), code: match[2] };
  };
  const useTokens = async (tokens) => {
    await client.userInfo(tokens.access_token, tokens.openid);
    const refreshed = await client.refresh(tokens.refresh_token);
    if (!(await client.checkToken(refreshed.access_token, refreshed.openid))) throw new Error('/sns/auth: not valid');
    // Revoked, so that the mock's token book stays the size of the traffic in flight, as a test suite's would.
    await expectStatus(
      await controlFetch('/__mock/tokens/revoke', {
        method: 'POST',
        body: JSON.stringify({ token: tokens.access_token }),
      }),
      200,
      'revoke',
    );
  };

  return {
    async pageLogin(n) {
      const url = client.qrConnectUrl({ redirectUri: 'http://localhost:3000/callback', state: `soak-${n}` });
      const page = await expectStatus(await timedFetch(url), 200, 'qrconnect');
      const uuid = /src="\/connect\/qrcode\/([A-Za-z0-9]{16})"/.exec(page)?.[1];
      if (uuid === undefined) throw new Error('qrconnect: no QR code on the page');
      const image = await timedFetch(`${base}/connect/qrcode/${uuid}`);
      if (image.status !== 200 || image.headers.get('content-type') !== 'image/png') {
        throw new Error(`QR image answered ${image.status} ${image.headers.get('content-type')}`);
      }
      // Held until the phone scans: the long poll is woken by the session's move, not by its timer.
      const held = poll(uuid, 408, 'GET /connect/l/qrconnect (held until the scan)');
      await expectStatus(await timedFetch(`${base}/connect/confirm?uuid=${uuid}`), 200, 'phone page');
      const scanned = await held;
      if (scanned.errcode !== 404) throw new Error(`long poll after the scan: ${scanned.errcode}, not 404`);
      await expectStatus(
        await timedFetch(`${base}/connect/confirm?uuid=${uuid}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `action=allow&persona=${PERSONA}`,
        }),
        200,
        'Allow',
      );
      const confirmed = await poll(uuid, 404);
      if (confirmed.errcode !== 405) throw new Error(`long poll after Allow: ${confirmed.errcode}, not 405`);
      await useTokens(await client.exchangeCode(confirmed.code));
    },
    async mintedLogin() {
      const minted = await controlFetch('/__mock/codes', {
        method: 'POST',
        body: JSON.stringify({ appid: APPID, persona: PERSONA }),
      });
      const { code } = JSON.parse(await expectStatus(minted, 201, 'mint'));
      await useTokens(await client.exchangeCode(code));
    },
    async controlReads() {
      await expectStatus(await controlFetch(`/__mock/journal?appid=${APPID}&limit=20`), 200, 'journal');
      await expectStatus(await controlFetch('/__mock/clock'), 200, 'clock');
    },
  };
}

async function virtualUser(id, base, token, until) {
  const run = scenarios(base, token);
  for (let n = 0; performance.now() < until.at; n++) {
    try {
      if (n % 4 === 3) await run.controlReads();
      else if (n % 4 === 2) await run.mintedLogin();
      else await run.pageLogin(`${id}-${n}`);
    } catch (error) {
      failed(`user ${id}`, error?.message ?? String(error));
    }
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const port = await freePort();
  const mock = spawnNode([join(ROOT, MOCK_CLI), '--port', String(port), '--host', '127.0.0.1', '--log', 'silent'], {
    cwd: ROOT,
  });
  try {
    await waitForHealth(mock, port, 'the mock');
    const base = `http://127.0.0.1:${port}`;
    log(`mock pid ${mock.pid} on ${base}; ${await liftMinuteQuota(port)}`);
    const until = { at: performance.now() + (warmupS + seconds) * 1000 };
    log(`${users} virtual users: ${warmupS} s warm-up, then ${seconds} s measured`);
    const running = Array.from({ length: users }, (_, id) => virtualUser(id, base, null, until));

    await new Promise((resolve) => setTimeout(resolve, warmupS * 1000));
    const warmupErrors = errors.count;
    counting.on = true;
    const rssStart = rssBytes(mock.pid);
    const samples = [rssStart];
    log(`RSS after the warm-up: ${fmt(mib(rssStart), 1)} MiB (errors in the warm-up: ${warmupErrors})`);
    const sampler = setInterval(() => {
      const rss = rssBytes(mock.pid);
      samples.push(rss);
      log(`RSS ${fmt(mib(rss), 1)} MiB, errors ${errors.count}`);
    }, 10_000);
    await Promise.all(running);
    clearInterval(sampler);
    const rssEnd = rssBytes(mock.pid);
    samples.push(rssEnd);

    const endpoints = [...latencies.entries()]
      .map(([name, values]) => ({
        endpoint: name,
        requests: values.length,
        p50Ms: percentile(values, 50),
        p99Ms: percentile(values, 99),
        maxMs: percentile(values, 100),
      }))
      .sort((a, b) => a.endpoint.localeCompare(b.endpoint));
    const total = endpoints.reduce((sum, e) => sum + e.requests, 0);
    const growth = (rssEnd - rssStart) / rssStart;
    const report = {
      seconds,
      warmupS,
      users,
      requests: total,
      requestsPerSecond: total / seconds,
      errors: errors.count,
      firstErrors: errors.first,
      rss: { startMiB: mib(rssStart), endMiB: mib(rssEnd), growth, samplesMiB: samples.map(mib) },
      endpoints,
    };
    await mkdir(dirname(OUT), { recursive: true });
    await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);

    const width = Math.max(...endpoints.map((e) => e.endpoint.length));
    const lines = [
      '',
      `${'endpoint'.padEnd(width)}  requests   p50 ms   p99 ms   max ms`,
      ...endpoints.map(
        (e) =>
          `${e.endpoint.padEnd(width)}  ${String(e.requests).padStart(8)}  ${fmt(e.p50Ms, 1).padStart(7)}  ${fmt(e.p99Ms, 1).padStart(7)}  ${fmt(e.maxMs, 1).padStart(7)}`,
      ),
      '',
      `requests ${total} in ${seconds} s (${fmt(total / seconds)} /s) from ${users} users`,
      `errors   ${errors.count} (target 0)  ${errors.count === 0 ? 'PASS' : 'FAIL  <<<'}`,
      `RSS      ${fmt(mib(rssStart), 1)} MiB after the warm-up, ${fmt(mib(rssEnd), 1)} MiB at the end: ${fmt(growth * 100, 1)}% (target within ${RSS_TARGET * 100}%)  ${Math.abs(growth) <= RSS_TARGET ? 'PASS' : 'FAIL  <<<'}`,
      ...errors.first.map((e) => `  first errors: ${e}`),
      `written to ${OUT}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return errors.count === 0 ? 0 : 1;
  } finally {
    await stopChild(mock);
  }
}

const watchdog = setTimeout(() => {
  log(`the soak ran past ${WATCHDOG_MS / 1000} s: stopping`);
  killAllChildren();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();
process.on('exit', killAllChildren);
main().then(
  (code) => {
    process.exitCode = code;
    clearTimeout(watchdog);
  },
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    killAllChildren();
    process.exitCode = 2;
  },
);

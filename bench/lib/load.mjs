// Load generation (autocannon, in the bench's own process; the servers run in their children).
import autocannon from 'autocannon';
import { APPID, PERSONA, SECRET } from './targets.mjs';

const HOST = '127.0.0.1';

/** Counts answers by body: WeChat answers errors with HTTP 200 too, so success is "200 without errcode". */
export function newTally() {
  return { ok: 0, failed: 0, exhausted: 0, firstFailure: undefined };
}

function countAnswer(tally, status, body) {
  if (status === 200 && !body.includes('"errcode"')) {
    tally.ok++;
  } else {
    tally.failed++;
    tally.firstFailure ??= `${status} ${body.slice(0, 200)}`;
  }
}

/** A fixed GET whose answers are counted in `tally`. */
export function fixedRequest(path, tally) {
  return { method: 'GET', path, onResponse: (status, body) => countAnswer(tally, status, body) };
}

/** A GET of the next of `paths` on every request (round robin), answers counted in `tally`. */
export function rotatingRequest(paths, tally) {
  let next = 0;
  return {
    method: 'GET',
    path: paths[0],
    setupRequest(request) {
      request.path = paths[next++ % paths.length];
      return request;
    },
    onResponse: (status, body) => countAnswer(tally, status, body),
  };
}

export const exchangePath = (code) =>
  `/sns/oauth2/access_token?appid=${APPID}&secret=${SECRET}&code=${code}&grant_type=authorization_code`;

/**
 * A GET /sns/oauth2/access_token taking the next code of `pool` (from `cursor.next` on) for every
 * request; codes pushed onto the pool later are taken too. With `wrap` the pool is reused (for the
 * baselines, which do not look at the code); without it, once the pool is spent every further request
 * carries a code that cannot work, is counted in `tally.exhausted` and calls `cursor.stop()` (which
 * runLoad's `onInstance` can point at the run) so that the run ends early rather than measure errors.
 */
export function exchangeRequest(pool, cursor, tally, { wrap }) {
  return {
    method: 'GET',
    path: exchangePath(''), // replaced by setupRequest on every request
    setupRequest(request) {
      let code;
      if (wrap) code = pool[cursor.next++ % pool.length];
      else if (cursor.next < pool.length) code = pool[cursor.next++];
      else {
        tally.exhausted++;
        cursor.stop?.();
        code = 'pool_exhausted';
      }
      request.path = exchangePath(code);
      return request;
    },
    onResponse: (status, body) => countAnswer(tally, status, body),
  };
}

/** Codes shaped like the mock's (32 characters), for the baselines. */
export function fakeCodes(count) {
  return Array.from({ length: count }, (_, i) => `0${i % 10}${i.toString(36).padStart(30, '0')}`);
}

function summarize(result) {
  return {
    reqPerSec: result.requests.mean,
    reqPerSecStddev: result.requests.stddev,
    total: result.requests.total,
    durationS: result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * One autocannon run against 127.0.0.1:port: for `duration` seconds, or for exactly `amount` requests.
 * Every response time (ms) is pushed onto `latencies` when given; `onInstance` sees the running instance.
 */
export async function runLoad({ port, connections, duration, amount, request, latencies, onInstance }) {
  const options = { url: `http://${HOST}:${port}`, connections, timeout: 10, requests: [request] };
  if (amount === undefined) options.duration = duration;
  else options.amount = amount;
  const run = autocannon(options);
  if (latencies) run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  onInstance?.(run);
  return summarize(await run);
}

/** The `p`th percentile (0-100) of `values`, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Mints at least `count` codes through POST /__mock/codes (with `connections` concurrent connections),
 * pushed onto `into` (a new array by default); resolves to the codes and the rate they were minted at.
 */
export async function mintCodes({ port, connections, count, into = [] }) {
  const codes = into;
  const before = codes.length;
  let failures = 0;
  let firstFailure;
  const amount = Math.max(1, Math.ceil(count / connections)) * connections;
  const result = await runLoad({
    port,
    connections,
    amount,
    request: {
      method: 'POST',
      path: '/__mock/codes',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appid: APPID, persona: PERSONA }),
      onResponse(status, body) {
        if (status === 201) codes.push(JSON.parse(body).code);
        else {
          failures++;
          firstFailure ??= `${status} ${body.slice(0, 200)}`;
        }
      },
    },
  });
  const minted = codes.length - before;
  if (minted < count) {
    throw new Error(`minted only ${minted} of ${count} codes (${failures} failed; first: ${firstFailure})`);
  }
  return { codes, minted, perSec: minted / result.durationS };
}

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

export const exchangePath = (code) =>
  `/sns/oauth2/access_token?appid=${APPID}&secret=${SECRET}&code=${code}&grant_type=authorization_code`;

/**
 * A GET /sns/oauth2/access_token taking the next code of `pool` for every request. With `wrap` the pool
 * is reused (for the baselines, which do not look at the code); without it, once the pool is spent
 * every further request carries a code that cannot work and is counted in `tally.exhausted`.
 */
export function exchangeRequest(pool, tally, { wrap }) {
  let next = 0;
  return {
    method: 'GET',
    path: exchangePath(pool[0]),
    setupRequest(request) {
      let code;
      if (wrap) code = pool[next++ % pool.length];
      else if (next < pool.length) code = pool[next++];
      else {
        tally.exhausted++;
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

/** One autocannon run against 127.0.0.1:port: for `duration` seconds, or for exactly `amount` requests. */
export async function runLoad({ port, connections, duration, amount, request }) {
  const options = { url: `http://${HOST}:${port}`, connections, timeout: 10, requests: [request] };
  if (amount === undefined) options.duration = duration;
  else options.amount = amount;
  return summarize(await autocannon(options));
}

/**
 * Mints at least `count` codes through POST /__mock/codes (with `connections` concurrent connections);
 * resolves to the codes and the rate they were minted at.
 */
export async function mintCodes({ port, connections, count }) {
  const codes = [];
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
  if (codes.length < count) {
    throw new Error(`minted only ${codes.length} of ${count} codes (${failures} failed; first: ${firstFailure})`);
  }
  return { codes, perSec: codes.length / result.durationS };
}

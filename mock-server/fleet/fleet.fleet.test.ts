import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLICA_HEADER } from '../../test-support/balancer.js';
import { type Fleet, missingFleetParts, type Replica, startFleet } from '../../test-support/fleet.js';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { WEBSITE, withQuery } from '../../test-support/test-mock.js';

// Issue 16 items 5 and 6: three mock processes (the CLI as it ships) on one Redis, behind Debian's haproxy with
// deploy/haproxy.cfg, round robin per request (docs/decisions/0027). Logins cross processes; whatever lands
// where, every answer is the one a single mock would give.
const missing = missingFleetParts();

describe.skipIf(missing !== null)('three mock processes on one Redis behind haproxy', () => {
  let redis: TestRedis;
  let fleet: Fleet;
  let a: Replica;
  let b: Replica;
  let c: Replica;
  beforeAll(async () => {
    redis = await startTestRedis();
    fleet = await startFleet({ storeUrl: redis.url, prefix: 'fleet-test:' });
    [a, b, c] = fleet.replicas as [Replica, Replica, Replica];
  }, 120_000);
  afterAll(async () => {
    await fleet?.stop();
    await redis?.kill();
  }, 30_000);

  it('completes a QR login whose page is on A, whose phone is on B and whose code is exchanged on C', async () => {
    const uuid = await openQrLogin(a);
    // A holds the long poll; B's scan, then B's approval, wake it (§1: 408 → 404 → 405 with the code).
    const scanned = poll(a, uuid, 408);
    expect((await b.get(`/connect/confirm?uuid=${uuid}`)).status).toBe(200);
    expect((await scanned).errcode).toBe(404);
    const approved = poll(a, uuid, 404);
    expect((await answerOnPhone(b, uuid, { action: 'allow', persona: 'lisi' })).status).toBe(200);
    const { errcode, code } = await approved;
    expect(errcode).toBe(405);
    const tokens = (await c.exchange(code)).json;
    expect(tokens).toMatchObject({ scope: 'snsapi_login', expires_in: 7200 });
    // The code was single use on every process (§3: 40163 once redeemed).
    expect((await a.exchange(code)).json).toMatchObject({ errcode: 40163 });
    const query = { access_token: String(tokens.access_token), openid: String(tokens.openid) };
    expect((await b.get(withQuery('/sns/userinfo', query))).json).toMatchObject({ nickname: expect.any(String) });
  });

  it('lets exactly one of twelve exchanges of one code racing through the balancer succeed; the rest answer 40163', async () => {
    const code = await fleet.balanced.mintCode();
    const answers = await Promise.all(Array.from({ length: 12 }, () => fleet.balanced.exchange(code)));
    const errcodes = answers.map((answer) => answer.json.errcode ?? 'tokens');
    expect(errcodes.filter((e) => e === 'tokens')).toHaveLength(1);
    expect(errcodes.filter((e) => e === 40163)).toHaveLength(11);
    expect(new Set(answers.map((answer) => answer.headers.get(REPLICA_HEADER)))).toEqual(
      new Set(['mock-1', 'mock-2', 'mock-3']),
    );
  });

  it('moves one clock for all: advanced on B, the access_token expires on C (42001) and A reads the same time', async () => {
    const tokens = await a.signIn();
    const query = withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid });
    expect((await c.get(query)).json).toMatchObject({ openid: tokens.openid });
    const moved = await b.clock.advance(7201);
    expect((await c.get(query)).json).toMatchObject({ errcode: 42001 });
    expect(Math.abs(Date.parse((await a.clock.now()).now) - Date.parse(moved.now))).toBeLessThan(5000);
    // The refresh_token still works (30 days), wherever it lands: a new access_token (§4), good on A.
    const refreshed = await fleet.balanced.get(
      withQuery('/sns/oauth2/refresh_token', {
        appid: WEBSITE.appid,
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      }),
    );
    const renewed = String(refreshed.json.access_token);
    expect(renewed).not.toBe(tokens.access_token);
    const again = withQuery('/sns/userinfo', { access_token: renewed, openid: tokens.openid });
    expect((await a.get(again)).json).toMatchObject({ openid: tokens.openid });
  });

  it('fires a fault added on A on the 3rd and 4th matching calls of the whole fleet, exactly twice', async () => {
    const tokens = await c.signIn({ persona: 'wangwu' });
    const fault = await a.faults.add({
      match: { endpoint: '/sns/userinfo', appid: WEBSITE.appid, nth: 3 },
      effect: { type: 'errcode', errcode: -1 },
      times: 2,
    });
    const query = withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid });
    const errcodes: unknown[] = [];
    for (let i = 0; i < 8; i++) errcodes.push((await fleet.balanced.get(query)).json.errcode ?? 'ok');
    expect(errcodes).toEqual(['ok', 'ok', -1, -1, 'ok', 'ok', 'ok', 'ok']);
    expect(await b.faults.get(fault.id)).toMatchObject({ matched: 8, fired: 2, remaining: 0 });
    await c.faults.remove(fault.id);
  });

  it('wakes a journal wait held on A with a request answered by B', async () => {
    const after = await c.journal.lastId();
    const waiting = a.journal.waitFor({ endpoint: '/sns/auth' }, { after, timeoutMs: 20_000 });
    const tokens = await c.signIn();
    await b.get(withQuery('/sns/auth', { access_token: tokens.access_token, openid: tokens.openid }));
    expect(await waiting).toMatchObject({ path: '/sns/auth', status: 200 });
  });

  it('answers -1 and reports unhealthy while Redis is down, and recovers by itself when it is back', async () => {
    await redis.kill();
    const exchange = await b.exchange('a-code-while-redis-is-down');
    expect(exchange.json).toMatchObject({ errcode: -1 });
    expect((await fetch(`${a.url}/__mock/health`)).status).toBe(503);
    await redis.start();
    // Bounded generously: each process reconnects at most a second apart.
    for (const replica of fleet.replicas) await healthyWithin(replica, 30_000);
    const tokens = await fleet.balanced.signIn();
    expect(tokens.access_token).toEqual(expect.any(String));
  }, 60_000);
});

async function healthyWithin(replica: Replica, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const answer = await fetch(`${replica.url}/__mock/health`).catch(() => null);
    await answer?.arrayBuffer();
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${replica.url} did not become healthy again within ${ms} ms`);
}

import { setTimeout } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { needsRedis, startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { type AppCredentials, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import type { RandomSource } from '../core/random-source.js';

// Two mocks in one test process on one Redis stand for two processes (or replicas behind a load balancer):
// they share nothing but the store. Each test registers its own app, so tests do not disturb each other;
// tests that move the clock use a prefix of their own, which is a store of its own.
describe.runIf(needsRedis())('two mocks on one shared store (docs/decisions/0026)', () => {
  let redis: TestRedis;
  let a: TestMock;
  let b: TestMock;
  let apps = 0;

  const pair = async (storePrefix: string): Promise<[TestMock, TestMock]> => {
    const config = { store: redis.url, storePrefix };
    return [await startTestMock({ config }), await startTestMock({ config })];
  };

  /** A website app of the test's own, registered on `on`. */
  const ownApp = async (on: TestMock): Promise<AppCredentials> => {
    const app = await on.apps.create({ kind: 'website', name: `app ${++apps}`, callbackDomains: ['localhost'] });
    return { appid: app.appid, secret: app.secret };
  };

  const userinfo = (on: TestMock, grant: { access_token: string; openid: string }) =>
    on.get(withQuery('/sns/userinfo', { access_token: grant.access_token, openid: grant.openid }));

  beforeAll(async () => {
    redis = await startTestRedis();
    [a, b] = await pair('two-mocks:');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.kill();
  });

  it('exchanges on B a code minted on A, and answers 40163 to the second exchange on A', async () => {
    const code = await a.mintCode();
    const first = await b.exchange(code);
    expect(first.json).toMatchObject({ access_token: expect.any(String), openid: expect.any(String) });
    expect((await a.exchange(code)).json.errcode).toBe(40163);
  });

  it('lets exactly one of two racing exchanges of one code on A and B succeed, every time', async () => {
    for (let round = 0; round < 25; round++) {
      const code = await a.mintCode();
      const answers = await Promise.all([a.exchange(code), b.exchange(code)]);
      expect(answers.map((answer) => answer.json.errcode ?? 0).sort()).toEqual([0, 40163]);
    }
  });

  it('refreshes on B a grant made on A, and answers userinfo on A with the token B refreshed', async () => {
    const grant = await a.signIn();
    const refreshed = await b.get(
      withQuery('/sns/oauth2/refresh_token', {
        appid: WEBSITE.appid,
        grant_type: 'refresh_token',
        refresh_token: grant.refresh_token,
      }),
    );
    expect(refreshed.json).toMatchObject({ access_token: grant.access_token, refresh_token: grant.refresh_token });
    expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
  });

  it('signs in on B with an app and a persona created on A', async () => {
    const app = await ownApp(a);
    await a.personas.create({ key: 'shared-persona', nickname: '共享' });
    const grant = await b.signIn({ app, persona: 'shared-persona' });
    expect((await userinfo(b, grant)).json.nickname).toBe('共享');
    expect((await b.apps.list()).map((listed) => listed.appid)).toContain(app.appid);
  });

  it('fires a fault added on A with times 1 exactly once across A and B', async () => {
    const app = await ownApp(a);
    const fault = await a.faults.add({
      match: { endpoint: '/sns/oauth2/access_token', appid: app.appid },
      effect: { type: 'errcode', errcode: 40226 },
      times: 1,
    });
    const codes = await Promise.all(Array.from({ length: 6 }, () => a.mintCode(app.appid)));
    const answers = await Promise.all(codes.map((code, i) => (i % 2 === 0 ? a : b).exchange(code, app)));
    expect(answers.filter((answer) => answer.json.errcode === 40226)).toHaveLength(1);
    expect(answers.filter((answer) => typeof answer.json.access_token === 'string')).toHaveLength(5);
    expect(await b.faults.get(fault.id)).toMatchObject({ fired: 1, remaining: 0 });
  });

  it('wakes a journal wait on B with a request served by A, in one order of ids', async () => {
    const after = await b.journal.lastId();
    const waiting = b.journal.waitFor({ endpoint: '/sns/auth' }, { after, timeoutMs: 10_000 });
    await a.get('/sns/userinfo');
    await a.get('/sns/auth');
    const entry = await waiting;
    expect(entry).toMatchObject({ path: '/sns/auth', errcode: 41001 });
    const entries = await b.journal.find({ after });
    expect(entries.map((found) => found.path)).toEqual(['/sns/userinfo', '/sns/auth']);
    expect(entries[0]?.id).toBeLessThan(entries[1]?.id ?? 0);
  });

  it('answers a QR long poll held on A as soon as the login is confirmed on B', async () => {
    const uuid = await openQrLogin(a);
    // `last` 0 answers the state as it stands at once: B sees the login opened on A, waiting for a scan.
    expect((await poll(b, uuid, 0)).errcode).toBe(408);
    const held = poll(a, uuid, 408);
    await b.get(`/connect/confirm?uuid=${uuid}`);
    expect((await held).errcode).toBe(404);
    const confirmed = poll(a, uuid, 404);
    await answerOnPhone(b, uuid, { action: 'allow', persona: 'zhangsan' });
    const { errcode, code } = await confirmed;
    expect(errcode).toBe(405);
    expect((await b.exchange(code)).json.access_token).toEqual(expect.any(String));
  });

  it('resets one app on B: its codes and grants go on A too, another app’s stay', async () => {
    const [reset, kept] = [await ownApp(a), await ownApp(a)];
    const [gone, stays] = [await a.signIn({ app: reset }), await a.signIn({ app: kept })];
    const code = await a.mintCode(reset.appid);
    await b.reset({ appid: reset.appid });
    expect((await userinfo(a, gone)).json.errcode).toBe(40001);
    expect((await a.exchange(code, reset)).json.errcode).toBe(40029);
    expect((await userinfo(a, stays)).json.openid).toBe(stays.openid);
  });

  // Each process answers from the records it read or wrote lately and checks them when it commits
  // (docs/decisions/0031): what another process changed meanwhile must never be answered from that cache.
  it('answers 40001 on A to a token A read before B revoked it', async () => {
    const grant = await a.signIn();
    expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
    expect((await b.post('/__mock/tokens/revoke', { token: grant.access_token })).status).toBe(200);
    expect((await userinfo(a, grant)).json.errcode).toBe(40001);
    expect((await userinfo(b, grant)).json.errcode).toBe(40001);
  });

  it('answers 42001 on A to a token A read before B expired it, and the grant B refreshed after', async () => {
    const grant = await a.signIn();
    expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
    await b.post('/__mock/tokens/expire', { token: grant.access_token });
    expect((await userinfo(a, grant)).json.errcode).toBe(42001);
    const refresh = withQuery('/sns/oauth2/refresh_token', {
      appid: WEBSITE.appid,
      grant_type: 'refresh_token',
      refresh_token: grant.refresh_token,
    });
    const renewed = (await b.get(refresh)).json;
    expect(renewed.access_token).not.toBe(grant.access_token);
    // A read the superseded access_token and its grant; both changed on B.
    expect((await userinfo(a, grant)).json.errcode).toBe(40001);
    const fresh = { access_token: renewed.access_token as string, openid: grant.openid };
    expect((await userinfo(a, fresh)).json.openid).toBe(grant.openid);
  });

  it('fires on A a fault B added after A last answered, at A’s very next request', async () => {
    const app = await ownApp(a);
    const grant = await a.signIn({ app });
    expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
    await b.faults.add({
      match: { endpoint: '/sns/userinfo', appid: app.appid },
      effect: { type: 'errcode', errcode: 45009 },
      times: 1,
    });
    expect((await userinfo(a, grant)).json.errcode).toBe(45009);
    expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
  });

  it('answers 40013 on A for an app B deleted after A last used it', async () => {
    const app = await ownApp(a);
    expect((await a.exchange(await a.mintCode(app.appid), app)).json.access_token).toEqual(expect.any(String));
    const code = await a.mintCode(app.appid);
    await b.apps.delete(app.appid);
    expect((await a.exchange(code, app)).json.errcode).toBe(40013);
  });

  it('counts a minute quota exactly across A and B: of 16 racing calls, the first 6 pass', async () => {
    const created = await a.apps.create({
      kind: 'website',
      name: 'quota',
      callbackDomains: ['localhost'],
      rateLimitPerMinute: 6,
    });
    const app = { appid: created.appid, secret: created.secret };
    const grant = await a.signIn({ app });
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => userinfo(i % 2 === 0 ? a : b, grant)));
    const errcodes = answers.map((answer) => answer.json.errcode ?? 0);
    // The exchange was the first call on its own endpoint; userinfo counts on its own.
    expect(errcodes.filter((errcode) => errcode === 0)).toHaveLength(6);
    expect(errcodes.filter((errcode) => errcode === 45011)).toHaveLength(10);
  });

  it('journals each of two racing exchanges of one code once, though one ran again after a conflict', async () => {
    const after = await a.journal.lastId();
    for (let round = 0; round < 5; round++) {
      const code = await a.mintCode();
      await Promise.all([a.exchange(code), b.exchange(code)]);
    }
    const entries = await b.journal.find({ after, endpoint: '/sns/oauth2/access_token' });
    expect(entries).toHaveLength(10);
    expect(entries.filter((entry) => entry.errcode === 40163)).toHaveLength(5);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(10);
  });

  it('subscribes to the journal’s channel only while a journal wait is held (a record is one message per subscriber)', async () => {
    const client = new Redis(redis.port, '127.0.0.1', { lazyConnect: true });
    await client.connect();
    try {
      const subscribers = async () => (await client.pubsub('NUMSUB', 'two-mocks:journal'))[1];
      expect(await subscribers()).toBe(0);
      const after = await b.journal.lastId();
      const waiting = b.journal.waitFor({ endpoint: '/sns/auth' }, { after, timeoutMs: 10_000 });
      // The wait subscribes before it first reads; poll until Redis counts it (bounded).
      for (let tries = 0; tries < 200 && (await subscribers()) === 0; tries++) await setTimeout(10);
      expect(await subscribers()).toBe(1);
      await a.get('/sns/auth');
      expect(await waiting).toMatchObject({ path: '/sns/auth' });
      expect(await subscribers()).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  /** How many times Redis ran `command` so far (INFO commandstats). */
  const calls = async (client: Redis, command: string): Promise<number> => {
    const info = await client.info('commandstats');
    return Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
  };

  it('reads an access_token’s grant with its pointer in one step on a process that never saw either', async () => {
    const client = new Redis(redis.port, '127.0.0.1');
    const [fresh] = await pair('two-mocks:');
    try {
      const grant = await a.signIn();
      const mgets = await calls(client, 'mget');
      expect((await userinfo(fresh, grant)).json.openid).toBe(grant.openid);
      expect(await calls(client, 'mget')).toBe(mgets);
    } finally {
      await fresh?.close();
      client.disconnect();
    }
  });

  it('answers 40001, on a process that never saw it and on one that had read it, to a token whose grant is gone', async () => {
    const client = new Redis(redis.port, '127.0.0.1');
    const [fresh] = await pair('two-mocks:');
    try {
      const grant = await a.signIn();
      expect((await userinfo(a, grant)).json.openid).toBe(grant.openid);
      // Only the grant goes (as if Redis had collected it first): its access_token's pointer stays, pointing at nothing.
      expect(await client.del(`two-mocks:grant:${grant.refresh_token}`)).toBe(1);
      expect((await userinfo(fresh, grant)).json.errcode).toBe(40001);
      expect((await userinfo(a, grant)).json.errcode).toBe(40001);
    } finally {
      await fresh?.close();
      client.disconnect();
    }
  });

  describe('on a store of their own', () => {
    let c: TestMock;
    let d: TestMock;

    beforeAll(async () => {
      [c, d] = await pair('clock-mocks:');
    });

    afterAll(async () => {
      await c?.close();
      await d?.close();
    });

    it('expires on D a token when the clock is advanced on C, with no stale read in between', async () => {
      const grant = await c.signIn();
      await c.advance(7200);
      expect((await userinfo(d, grant)).json.errcode).toBe(42001);
      const frozen = await c.clock.freeze();
      expect((await d.clock.now()).frozen).toBe(true);
      expect((await d.clock.now()).epochMs).toBe(frozen.epochMs);
      await d.clock.unfreeze();
      expect((await c.clock.now()).frozen).toBe(false);
    });
  });
});

describe.runIf(needsRedis())('identifiers on a shared store (docs/decisions/0026)', () => {
  let redis: TestRedis;
  let a: TestMock;
  let b: TestMock;

  /** The same byte sequence in every process that uses it: what a seeded random source would give. */
  const sameSequence = (): RandomSource => {
    let next = 0;
    return { bytes: (count) => Buffer.from(Array.from({ length: count }, () => next++ % 256)) };
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    const config = { store: redis.url };
    a = await startTestMock({ config, random: sameSequence() });
    b = await startTestMock({ config, random: sameSequence() });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.kill();
  });

  it('never gives two processes drawing the same random sequence the same code or token', async () => {
    // A frozen clock makes the two processes' codes identical to the byte, not only their keys.
    await a.clock.freeze();
    const [codeA, codeB] = [await a.mintCode(), await b.mintCode()];
    expect(codeB).not.toBe(codeA);
    const [onB, onA] = [await b.exchange(codeA), await a.exchange(codeB)];
    expect(onB.json.access_token).toEqual(expect.any(String));
    expect(onA.json.access_token).toEqual(expect.any(String));
    expect(onA.json.access_token).not.toBe(onB.json.access_token);
  });
});

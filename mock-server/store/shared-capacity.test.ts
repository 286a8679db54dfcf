import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQrLogin, poll } from '../../test-support/qr-login.js';
import { needsRedis, startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { type AppCredentials, startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

// What a request without credentials can make the mock keep is bounded per app on a shared store as it is in
// memory (docs/decisions/0015, 0034): each app keeps its newest `codesPerApp` codes and phone codes and its
// newest `loginSessionsPerApp` QR logins. Two mocks in one test process on one Redis stand for two processes;
// each test registers apps of its own, so that its counts are its own.
const LIMITS = { codesPerApp: 5, loginSessionsPerApp: 3 };
const PREFIX = 'caps:';

describe.runIf(needsRedis())('per-app caps on a shared store (docs/decisions/0034)', () => {
  let redis: TestRedis;
  let client: Redis;
  let memory: TestMock;
  let a: TestMock;
  let b: TestMock;
  let apps = 0;

  const start = (storePrefix?: string) =>
    startTestMock({
      config: {
        limits: LIMITS,
        fidelity: { longPollSeconds: 30 },
        ...(storePrefix === undefined ? {} : { store: redis.url, storePrefix }),
      },
    });

  beforeAll(async () => {
    redis = await startTestRedis();
    client = new Redis(redis.port, '127.0.0.1');
    [memory, a, b] = [await start(), await start(PREFIX), await start(PREFIX)];
  });

  afterAll(async () => {
    await memory?.close();
    await a?.close();
    await b?.close();
    client?.disconnect();
    await redis?.kill();
  });

  /** An app of the test's own, registered on `on` (a website app unless `kind` says otherwise). */
  const ownApp = async (on: TestMock, kind: 'website' | 'mini-program' = 'website'): Promise<AppCredentials> => {
    const name = `app ${++apps}`;
    const app = await on.apps.create(
      kind === 'website' ? { kind, name, callbackDomains: ['localhost'] } : { kind, name },
    );
    return { appid: app.appid, secret: app.secret };
  };

  /** The keys of `table` in Redis under `prefix` whose records count against `appid`. */
  const recordsOf = async (table: string, appid: string, prefix = PREFIX): Promise<string[]> => {
    const keys = await client.keys(`${prefix}${table}:*`);
    const values = keys.length === 0 ? [] : await client.mget(keys);
    return keys.filter((_, i) => values[i]?.split('|')[1] === appid);
  };

  /** How many entries the index of `appid`'s records of `table` holds. */
  const indexSize = (table: string, appid: string, prefix = PREFIX): Promise<number> =>
    client.zcard(`${prefix}capacity:${table}:${appid}`);

  /** How many of `appid`'s indexes (of codes, of QR logins) exist. */
  const indexesOf = (appid: string, prefix = PREFIX): Promise<number> =>
    client.exists(`${prefix}capacity:code:${appid}`, `${prefix}capacity:login-session:${appid}`);

  /** The mocks of each kind of store: one process in memory, or A and B taking turns on one Redis. */
  const stores = [
    ['in memory', () => [memory]],
    ['on a shared store, A and B taking turns', () => [a, b]],
  ] as const;

  it.each(stores)(
    'keeps the newest 5 of 8 codes of one app %s: the oldest 3 answer 40029, the others exchange',
    async (_, mocks) => {
      const on = (i: number) => mocks()[i % mocks().length] as TestMock;
      const app = await ownApp(on(0));
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) codes.push(await on(i).mintCode(app.appid));
      const answers = await Promise.all(codes.map((code, i) => on(i + 1).exchange(code, app)));
      expect(answers.map((answer) => answer.json.errcode ?? 'ok')).toEqual([
        40029,
        40029,
        40029,
        'ok',
        'ok',
        'ok',
        'ok',
        'ok',
      ]);
    },
  );

  it.each(stores)(
    'keeps the newest 3 of 5 QR logins of one app %s: the oldest 2 are gone (402), the others wait for a scan (408)',
    async (_, mocks) => {
      const on = (i: number) => mocks()[i % mocks().length] as TestMock;
      const app = await ownApp(on(0));
      const uuids: string[] = [];
      for (let i = 0; i < 5; i++) uuids.push(await openQrLogin(on(i), { appid: app.appid }));
      const answers = await Promise.all(uuids.map((uuid, i) => poll(on(i + 1), uuid, 0)));
      expect(answers.map(({ errcode }) => errcode)).toEqual([402, 402, 408, 408, 408]);
    },
  );

  it.each(stores)(
    'keeps the newest 5 of 8 phone codes of one mini-program %s: the oldest 3 answer 40029',
    async (_, mocks) => {
      const on = (i: number) => mocks()[i % mocks().length] as TestMock;
      const app = await ownApp(on(0), 'mini-program');
      const { json } = await on(0).get(withQuery('/cgi-bin/token', { grant_type: 'client_credential', ...app }));
      const path = withQuery('/wxa/business/getuserphonenumber', { access_token: String(json.access_token) });
      const codes: string[] = [];
      for (let i = 0; i < 8; i++)
        codes.push((await on(i).codes.mint({ app: app.appid, persona: 'zhangsan', kind: 'phone' })).code);
      const answers = await Promise.all(codes.map((code, i) => on(i + 1).post(path, { code })));
      expect(answers.map((answer) => answer.json.errcode)).toEqual([40029, 40029, 40029, 0, 0, 0, 0, 0]);
    },
  );

  it('holds in Redis the 5 codes an app keeps of 8 minted on A and B, and an index of 5', async () => {
    const app = await ownApp(a);
    for (let i = 0; i < 8; i++) await (i % 2 === 0 ? a : b).mintCode(app.appid);
    expect(await recordsOf('code', app.appid)).toHaveLength(5);
    expect(await indexSize('code', app.appid)).toBe(5);
  });

  it('leaves another app’s codes and QR logins alone when one app runs past its caps', async () => {
    const [calm, busy] = [await ownApp(a), await ownApp(a)];
    const codes = [await a.mintCode(calm.appid), await b.mintCode(calm.appid)];
    const uuid = await openQrLogin(b, { appid: calm.appid });
    for (let i = 0; i < 8; i++) {
      await (i % 2 === 0 ? a : b).mintCode(busy.appid);
      await openQrLogin(i % 2 === 0 ? b : a, { appid: busy.appid });
    }
    expect(await recordsOf('code', calm.appid)).toHaveLength(2);
    expect(await indexSize('login-session', calm.appid)).toBe(1);
    expect((await poll(a, uuid, 0)).errcode).toBe(408);
    for (const code of codes) expect((await b.exchange(code, calm)).json.access_token).toEqual(expect.any(String));
  });

  it('counts a redeemed phone code no more: after one of 5 is redeemed, a sixth evicts nothing', async () => {
    const app = await ownApp(a, 'mini-program');
    const { json } = await a.get(withQuery('/cgi-bin/token', { grant_type: 'client_credential', ...app }));
    const path = withQuery('/wxa/business/getuserphonenumber', { access_token: String(json.access_token) });
    const mint = async (on: TestMock) => (await on.codes.mint({ app: app.appid, persona: 'lisi', kind: 'phone' })).code;
    const codes = [await mint(a), await mint(b), await mint(a), await mint(b), await mint(a)];
    expect((await b.post(path, { code: codes[4] })).json.errcode).toBe(0);
    expect(await indexSize('phone-code', app.appid)).toBe(4);
    codes.push(await mint(b));
    expect(await indexSize('phone-code', app.appid)).toBe(5);
    const answers = await Promise.all(codes.map((code) => a.post(path, { code })));
    expect(answers.map((answer) => answer.json.errcode)).toEqual([0, 0, 0, 0, 40029, 0]);
  });

  it('tells a QR page’s long poll held on A at once that its login was evicted by one opened on B (402)', async () => {
    const app = await ownApp(a);
    const oldest = await openQrLogin(a, { appid: app.appid });
    // Held for up to 30 s: only the eviction's wake-up can answer it within the test's time.
    const held = poll(a, oldest, 408);
    for (let i = 0; i < LIMITS.loginSessionsPerApp; i++) await openQrLogin(b, { appid: app.appid });
    expect(await held).toEqual({ errcode: 402, code: '' });
  });

  it('clears an app’s indexes with its scoped reset and with its deletion', async () => {
    const [reset, deleted] = [await ownApp(a), await ownApp(a)];
    for (const app of [reset, deleted]) {
      for (let i = 0; i < 3; i++) await a.mintCode(app.appid);
      await openQrLogin(b, { appid: app.appid });
    }
    for (const app of [reset, deleted]) {
      expect(await indexSize('code', app.appid)).toBe(3);
      expect(await indexSize('login-session', app.appid)).toBe(1);
    }
    await b.reset({ appid: reset.appid });
    await a.apps.delete(deleted.appid);
    for (const app of [reset, deleted]) {
      expect(await indexesOf(app.appid)).toBe(0);
      expect(await recordsOf('code', app.appid)).toEqual([]);
    }
  });

  it('gives an index a lifetime no longer than its records’ in Redis', async () => {
    const app = await ownApp(a);
    await a.mintCode(app.appid);
    const [code] = await recordsOf('code', app.appid);
    const [index, record] = [
      await client.pttl(`${PREFIX}capacity:code:${app.appid}`),
      await client.pttl(code as string),
    ];
    expect(index).toBeGreaterThan(0);
    expect(index).toBeLessThanOrEqual(record);
  });

  it('keeps no index on a code exchange or a userinfo: only requests that make or delete such records do', async () => {
    const app = await ownApp(a);
    const code = await a.mintCode(app.appid);
    /** How many commands on sorted sets Redis ran so far (INFO commandstats). */
    const indexCommands = async () => {
      const info = await client.info('commandstats');
      return [...info.matchAll(/cmdstat_z\w+:calls=(\d+)/g)].reduce((sum, [, calls]) => sum + Number(calls), 0);
    };
    const before = await indexCommands();
    const grant = (await b.exchange(code, app)).json;
    const userinfo = withQuery('/sns/userinfo', {
      access_token: String(grant.access_token),
      openid: String(grant.openid),
    });
    expect((await a.get(userinfo)).json.openid).toBe(grant.openid);
    expect(await indexCommands()).toBe(before);
    await b.mintCode(app.appid);
    expect(await indexCommands()).toBeGreaterThan(before);
  });

  it('reads a code an earlier build wrote without its app in front, and exchanges it once', async () => {
    const app = await ownApp(a);
    const code = await a.mintCode(app.appid);
    const key = `${PREFIX}code:${code}`;
    const raw = (await client.get(key)) as string;
    // `<expiresAt>|<appid>|<json>` as written now → `<expiresAt>|<json>` as written before the index.
    await client.set(key, raw.replace(`|${app.appid}|`, '|'), 'KEEPTTL');
    expect((await b.exchange(code, app)).json.access_token).toEqual(expect.any(String));
    expect((await a.exchange(code, app)).json.errcode).toBe(40163);
  });

  describe('on a store of their own (the clock moves, everything is reset)', () => {
    const OWN = 'caps-clock:';
    let c: TestMock;
    let d: TestMock;

    beforeAll(async () => {
      [c, d] = [await start(OWN), await start(OWN)];
    });

    afterAll(async () => {
      await c?.close();
      await d?.close();
    });

    it('drops from an index, and from Redis, the records the clock expired, once the app makes a new one', async () => {
      const app = await ownApp(c);
      for (let i = 0; i < 5; i++) {
        await (i % 2 === 0 ? c : d).mintCode(app.appid);
        await openQrLogin(i % 2 === 0 ? d : c, { appid: app.appid });
      }
      // A website app's code lives 600 s and is remembered 600 s more; a QR login lives 300 s.
      await c.advance(1201);
      await d.mintCode(app.appid);
      await openQrLogin(c, { appid: app.appid });
      expect(await indexSize('code', app.appid, OWN)).toBe(1);
      expect(await recordsOf('code', app.appid, OWN)).toHaveLength(1);
      expect(await indexSize('login-session', app.appid, OWN)).toBe(1);
      expect(await recordsOf('login-session', app.appid, OWN)).toHaveLength(1);
    });

    it('leaves no index behind after a reset of everything', async () => {
      const app = await ownApp(d);
      for (let i = 0; i < 3; i++) await c.mintCode(app.appid);
      await openQrLogin(d, { appid: app.appid });
      expect(await indexesOf(app.appid, OWN)).toBe(2);
      await c.reset();
      expect(await client.keys(`${OWN}capacity:*`)).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fleet, missingFleetParts, type Replica, startFleet } from '../../test-support/fleet.js';
import { startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { type AppCredentials, type TestMock, withQuery } from '../../test-support/test-mock.js';

// Issue 16 item 2 for the server credential (ML§4, ML§5; docs/decisions/0032): two mock processes (the CLI as it
// ships) on one Redis. Tokens, their overlap, the daily quotas and phone codes are one state for both, also
// when the two are called at the same instant. Each test registers a mini-program of its own, so its quotas
// and slots are its own; tests that count per day first set the clock to the middle of a day in China.
const missing = missingFleetParts();

/** The fleet's `fidelity.serverTokenDailyQuota` (the configured one is 2000: too many calls for a test). */
const DAILY_QUOTA = 25;
/** Noon in China (UTC+8) on a day of its own, so that no count of a test crosses midnight. */
const noonInChina = (day: number) => Date.UTC(2027, 0, day, 4, 0, 0);

describe.skipIf(missing !== null)('server tokens and phone codes on two mock processes', () => {
  let redis: TestRedis;
  let fleet: Fleet;
  let a: Replica;
  let b: Replica;
  let apps = 0;

  beforeAll(async () => {
    redis = await startTestRedis();
    fleet = await startFleet({
      storeUrl: redis.url,
      prefix: 'credentials:',
      count: 2,
      config: { fidelity: { serverTokenDailyQuota: DAILY_QUOTA } },
    });
    [a, b] = fleet.replicas as [Replica, Replica];
    // Frozen: what a test reads at "299 s" is 299 s however long the machine took to get there.
    await a.clock.freeze();
  }, 120_000);
  afterAll(async () => {
    await fleet?.stop();
    await redis?.kill();
  }, 30_000);

  /** A mini-program of the test's own, registered on A. */
  const miniProgram = async (): Promise<AppCredentials> => {
    const app = await a.apps.create({ kind: 'mini-program', name: `mini ${++apps}` });
    return { appid: app.appid, secret: app.secret };
  };

  const credential = (app: AppCredentials) => ({ grant_type: 'client_credential', ...app });

  /** `/cgi-bin/token` on `on` (ML§5.1): the token, or the errcode. */
  const token = async (on: TestMock, app: AppCredentials): Promise<string | number> => {
    const { json } = await on.get(withQuery('/cgi-bin/token', credential(app)));
    return typeof json.access_token === 'string' ? json.access_token : (json.errcode as number);
  };

  /** `/cgi-bin/stable_token` on `on` (ML§5.2): the token, or the errcode. */
  const stable = async (on: TestMock, app: AppCredentials, forceRefresh: boolean): Promise<string | number> => {
    const { json } = await on.post('/cgi-bin/stable_token', { ...credential(app), force_refresh: forceRefresh });
    return typeof json.access_token === 'string' ? json.access_token : (json.errcode as number);
  };

  /**
   * What `on` makes of a server token: 'valid', or the errcode of its check (ML§5.1: 40001, 42001). checksession
   * checks the token before anything else, so without an openid a valid token gets as far as 41009.
   */
  const judge = async (on: TestMock, accessToken: string | number): Promise<'valid' | number> => {
    const { json } = await on.get(withQuery('/wxa/checksession', { access_token: String(accessToken) }));
    return json.errcode === 41009 ? 'valid' : (json.errcode as number);
  };

  const everywhere = (accessToken: string | number) => Promise.all([judge(a, accessToken), judge(b, accessToken)]);

  it('answers on B a token /cgi-bin/token issued on A, and the other way round', async () => {
    const app = await miniProgram();
    const onA = await token(a, app);
    expect(onA).toEqual(expect.any(String));
    expect(await judge(b, onA)).toBe('valid');
    const onB = await token(b, app);
    expect(await judge(a, onB)).toBe('valid');
  });

  it('keeps the token /cgi-bin/token replaced working on every process for 5 minutes, then answers 40001 on every process', async () => {
    const app = await miniProgram();
    const first = await token(a, app);
    const second = await token(b, app);
    expect(await everywhere(first)).toEqual(['valid', 'valid']);
    await a.clock.advance(299);
    expect(await everywhere(first)).toEqual(['valid', 'valid']);
    await b.clock.advance(1);
    expect(await everywhere(first)).toEqual([40001, 40001]);
    expect(await everywhere(second)).toEqual(['valid', 'valid']);
  });

  it('takes two /cgi-bin/token calls racing on A and B one after the other: both tokens are new, exactly one stays in its grace, the one before them is forgotten', async () => {
    const app = await miniProgram();
    for (let round = 0; round < 8; round++) {
      const before = await token(a, app);
      const raced = await Promise.all([token(a, app), token(b, app)]);
      expect(new Set([before, ...raced]).size).toBe(3);
      // The earlier of the two replaced `before`, the later replaced the earlier: `before` is two tokens back.
      expect(await everywhere(before)).toEqual([40001, 40001]);
      for (const issued of raced) expect(await everywhere(issued)).toEqual(['valid', 'valid']);
      await a.clock.advance(300);
      const judged = await Promise.all(raced.map((issued) => everywhere(issued)));
      expect(judged.map(([onA]) => onA).sort()).toEqual([40001, 'valid'].sort());
      expect(judged.map(([, onB]) => onB)).toEqual(judged.map(([onA]) => onA));
    }
  });

  it('counts the /cgi-bin/token daily quota once across processes: of 30 calls racing on A and B, exactly the quota get a token', async () => {
    await a.clock.set(noonInChina(10));
    const app = await miniProgram();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => token(i % 2 === 0 ? a : b, app)));
    expect(answers.filter((answer) => typeof answer === 'string')).toHaveLength(DAILY_QUOTA);
    expect(answers.filter((answer) => answer === 45009)).toHaveLength(30 - DAILY_QUOTA);
    expect(await token(b, app)).toBe(45009);
  });

  it('gives every process the one stable token of an app', async () => {
    const app = await miniProgram();
    const onA = await stable(a, app, false);
    expect(await stable(b, app, false)).toBe(onA);
    expect(await stable(a, app, false)).toBe(onA);
  });

  it('replaces the stable token once when two force_refresh calls race on A and B: both answer the same new token', async () => {
    const app = await miniProgram();
    for (let round = 0; round < 5; round++) {
      const before = await stable(a, app, false);
      const raced = await Promise.all([stable(a, app, true), stable(b, app, true)]);
      // Within 30 s of a forced refresh the next one answers the current token (ML§5.2, docs/decisions/0028).
      expect(raced[0]).toBe(raced[1]);
      expect(raced[0]).not.toBe(before);
      expect(await everywhere(before)).toEqual([40001, 40001]);
      await b.clock.advance(30);
    }
  });

  it('counts forced refreshes once across processes: 20 a day wherever they land, the 21st answers 45009 on A and on B', async () => {
    await a.clock.set(noonInChina(20));
    const app = await miniProgram();
    const forced = new Set<string | number>();
    for (let i = 0; i < 20; i++) {
      forced.add(await stable(i % 2 === 0 ? a : b, app, true));
      await a.clock.advance(30);
    }
    expect([...forced].every((answer) => typeof answer === 'string')).toBe(true);
    expect(forced.size).toBe(20);
    expect(await stable(a, app, true)).toBe(45009);
    expect(await stable(b, app, true)).toBe(45009);
  });

  it('answers 40029 on B to a phone code redeemed on A', async () => {
    const app = await miniProgram();
    const accessToken = await stable(a, app, false);
    const { code } = await a.codes.mint({ app: app.appid, persona: 'zhangsan', kind: 'phone' });
    const redeem = (on: TestMock) =>
      on.post(withQuery('/wxa/business/getuserphonenumber', { access_token: String(accessToken) }), { code });
    expect((await redeem(a)).json).toMatchObject({ errcode: 0, phone_info: { purePhoneNumber: '13800138000' } });
    expect((await redeem(b)).json).toMatchObject({ errcode: 40029 });
  });

  it('lets exactly one of two redemptions of a phone code racing on A and B give the number, every time; the other answers 40029', async () => {
    const app = await miniProgram();
    const accessToken = await stable(b, app, false);
    for (let round = 0; round < 15; round++) {
      const { code } = await b.codes.mint({ app: app.appid, persona: 'lisi', kind: 'phone' });
      const redeem = (on: TestMock) =>
        on.post(withQuery('/wxa/business/getuserphonenumber', { access_token: String(accessToken) }), { code });
      const answers = await Promise.all([redeem(a), redeem(b)]);
      expect(answers.map((answer) => answer.json.errcode).sort()).toEqual([0, 40029]);
    }
  });
});

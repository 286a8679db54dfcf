import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

// Two mocks in one test process on one Redis stand for two processes (or replicas behind a load balancer):
// they share nothing but the store. Each test uses its own app, so the tests do not disturb each other.
describe.runIf(hasRedisServer())('two mocks on one shared store (docs/decisions/0026)', () => {
  let redis: TestRedis;
  let a: TestMock;
  let b: TestMock;

  beforeAll(async () => {
    redis = await startTestRedis();
    const config = { store: redis.url, storePrefix: 'two-mocks:' };
    a = await startTestMock({ config });
    b = await startTestMock({ config });
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
      const errcodes = answers.map((answer) => answer.json.errcode ?? 0).sort();
      expect(errcodes).toEqual([0, 40163]);
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
    const userinfo = await a.get(
      withQuery('/sns/userinfo', { access_token: grant.access_token, openid: grant.openid }),
    );
    expect(userinfo.json.openid).toBe(grant.openid);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test-support/free-port.js';
import { needsRedis, startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { spawnCli } from '../../test-support/spawn-cli.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';
import { startMockServer } from '../start-mock-server.js';
import { StartupError } from '../startup-error.js';

describe('a shared store that cannot be reached at start (docs/decisions/0026)', () => {
  it('makes the CLI print one line naming --store, without the password, and exit 1', async () => {
    const port = await freePort();
    const run = spawnCli(['--port', '0', '--store', `redis://:hunter2@127.0.0.1:${port}/0`]);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toMatch(
      new RegExp(
        `^wechat-oauth-mock: --store redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}/0: cannot connect: .*ECONNREFUSED.*\\n$`,
      ),
    );
    expect(run.stderr()).not.toContain('hunter2');
  });

  it('makes startMockServer reject with a StartupError', async () => {
    const port = await freePort();
    await expect(startMockServer({ config: { store: `redis://127.0.0.1:${port}` } })).rejects.toThrow(StartupError);
  });
});

describe.runIf(needsRedis())('a shared store lost while the mock runs (docs/decisions/0026)', () => {
  let redis: TestRedis;
  let mock: TestMock;

  beforeAll(async () => {
    redis = await startTestRedis();
    mock = await startTestMock({ config: { store: redis.url } });
  });

  afterAll(async () => {
    await mock?.close();
    await redis?.kill();
  });

  /** Health's status code once it is `status` (asked at most 100 times, 100 ms apart). */
  const healthBecomes = async (status: number): Promise<number> => {
    let last = 0;
    for (let i = 0; i < 100 && last !== status; i++) {
      if (i > 0) await sleep(100);
      last = (await mock.get('/__mock/health')).status;
    }
    return last;
  };

  it("answers /sns with WeChat's -1 system error, the control plane 503 and health unhealthy, then recovers", async () => {
    const code = await mock.mintCode();
    await redis.kill();
    const exchange = await mock.exchange(code);
    expect(exchange.status).toBe(200);
    expect(exchange.json).toMatchObject({ errcode: -1, errmsg: expect.stringMatching(/^system error/) });
    expect(await healthBecomes(503)).toBe(503);
    expect((await mock.get('/__mock/health')).json).toMatchObject({
      status: 'unhealthy',
      service: 'wechat-oauth-mock',
    });
    const minting = await mock.post('/__mock/codes', { appid: WEBSITE.appid, persona: 'zhangsan' });
    expect([minting.status, minting.json.error]).toEqual([503, 'store_unavailable']);
    await redis.start();
    expect(await healthBecomes(200)).toBe(200);
    // The restarted server kept nothing (no persistence here); the mock seeds it again and serves logins.
    const grant = await mock.signIn();
    expect(grant.access_token).toEqual(expect.any(String));
  });
});

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMock } from '../contract/control-client/index.js';
import { REPLICA_HEADER } from '../test-support/balancer.js';
import { containerTestSetup } from '../test-support/container-engine.js';
import { freePort } from '../test-support/free-port.js';
import { type TestMock, WEBSITE, withQuery, withTestHelpers } from '../test-support/test-mock.js';

// Issue 16 item 6: deploy/compose.yaml itself, run by docker compose: three replicas of the mock's image, haproxy
// and Redis. Registries cannot be reached from CI, so there the Redis and haproxy images are stand-ins built from
// Debian's packages (test-support/compose-standins/, .ci/setup.d/15-compose.sh) and named by
// WECHAT_MOCK_REDIS_IMAGE and WECHAT_MOCK_HAPROXY_IMAGE; elsewhere the file's official images are used.
const COMPOSE_FILE = fileURLToPath(new URL('./compose.yaml', import.meta.url));
const run = promisify(execFile);

/** The compose command this machine has (the plugin, or the standalone v1), or null. */
async function composeCommand(): Promise<string[] | null> {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    const [file, ...args] = command as [string, ...string[]];
    if (
      await run(file, [...args, 'version']).then(
        () => true,
        () => false,
      )
    )
      return command;
  }
  return null;
}

const setup = await containerTestSetup();
const command = setup.missing === null ? await composeCommand() : null;
const missing =
  setup.missing ?? (command === null ? 'neither `docker compose` nor `docker-compose` is installed' : null);
if (missing !== null && setup.required) {
  it('finds a container engine, the image and docker compose, which CI installs', () => expect.fail(missing));
}

describe.skipIf(missing !== null)('deploy/compose.yaml run by docker compose', () => {
  const project = `wechat-mock-compose-${process.pid}`;
  const token = randomBytes(16).toString('hex');
  let env: NodeJS.ProcessEnv;
  let balanced: TestMock;

  const compose = (...args: string[]) => {
    const [file, ...prefix] = command as [string, ...string[]];
    return run(file, [...prefix, '-f', COMPOSE_FILE, '-p', project, ...args], { env, timeout: 180_000 });
  };

  beforeAll(async () => {
    const port = await freePort();
    env = {
      ...process.env,
      WECHAT_MOCK_IMAGE: setup.image,
      WECHAT_MOCK_CONTROL_TOKEN: token,
      WECHAT_MOCK_LB_PORT: String(port),
    };
    const url = `http://127.0.0.1:${port}`;
    balanced = withTestHelpers({ ...connectMock(url, { token }), port, controlToken: token });
    // `up` returns once haproxy started, which waits for every replica's health check (deploy/compose.yaml).
    await compose('up', '-d', '--no-build');
    await everyReplicaAnswers(balanced, 60_000);
  }, 240_000);
  afterAll(async () => {
    if (command !== null && env !== undefined) await compose('down', '--volumes', '--timeout', '5');
  }, 120_000);

  it('balances requests round robin over the three replicas', async () => {
    const replicas = [];
    for (let i = 0; i < 6; i++) replicas.push((await balanced.get('/__mock/health')).headers.get(REPLICA_HEADER));
    expect(new Set(replicas)).toEqual(new Set(['mock-1', 'mock-2', 'mock-3']));
  });

  it('shares one state: a code minted through one replica is exchanged through the next, and single use on the third', async () => {
    const code = await balanced.mintCode();
    const exchanged = await balanced.exchange(code);
    expect(exchanged.json).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
    const again = await balanced.exchange(code);
    expect(again.json).toMatchObject({ errcode: 40163 });
    expect(again.headers.get(REPLICA_HEADER)).not.toBe(exchanged.headers.get(REPLICA_HEADER));
  });

  it('moves one clock for every replica: after 7201 s the access_token answers 42001 wherever the call lands', async () => {
    const tokens = await balanced.signIn();
    const userinfo = withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid });
    await balanced.clock.advance(7201);
    const answers = await Promise.all([1, 2, 3].map(() => balanced.get(userinfo)));
    expect(answers.map((answer) => answer.json.errcode)).toEqual([42001, 42001, 42001]);
    expect(new Set(answers.map((answer) => answer.headers.get(REPLICA_HEADER))).size).toBe(3);
  });

  it('keeps logins across a restart of Redis (appendonly volume): unhealthy while it is down, recovered after', async () => {
    const tokens = await balanced.signIn();
    await compose('stop', 'redis');
    // The replicas answer 503 on /__mock/health, haproxy takes them out, and so answers 503 itself.
    await statusWithin(balanced, 503, 30_000);
    await compose('start', 'redis');
    await everyReplicaAnswers(balanced, 60_000);
    const refreshed = await balanced.get(
      withQuery('/sns/oauth2/refresh_token', {
        appid: WEBSITE.appid,
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      }),
    );
    expect(refreshed.json).toMatchObject({ openid: tokens.openid, expires_in: 7200 });
  }, 150_000);
});

/** Polls the balancer's health until each of the three replicas answered 200 (bounded). */
async function everyReplicaAnswers(mock: TestMock, ms: number): Promise<void> {
  const seen = new Set<string>();
  const deadline = Date.now() + ms;
  while (seen.size < 3) {
    const answer = await mock.get('/__mock/health').catch(() => null);
    if (answer?.status === 200) seen.add(String(answer.headers.get(REPLICA_HEADER)));
    if (Date.now() > deadline) throw new Error(`only ${[...seen].join(', ') || 'no replica'} answered within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls the balancer's health until it answers `status` (bounded). */
async function statusWithin(mock: TestMock, status: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await mock.get('/__mock/health').catch(() => null);
    if (answer?.status === status) return;
    if (Date.now() > deadline) throw new Error(`the balancer did not answer ${status} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMock } from '../../contract/control-client/index.js';
import { freePort } from '../../test-support/free-port.js';
import { needsRedis, startTestRedis, type TestRedis } from '../../test-support/redis-server.js';
import { type CliRun, spawnCliInTest } from '../../test-support/spawn-cli.js';
import { withTestHelpers } from '../../test-support/test-mock.js';

// What a `--store` URL can say (issue 16 item 2; docs/decisions/0026), against a real redis-server: a password,
// an ACL user, a database number, and TLS (`rediss://`). Valkey speaks the same protocol but is not packaged
// for Debian 12, so it is not run here.
const run = promisify(execFile);
const PASSWORD = 'p@ss word/with:odd chars';
const TOKEN = 'store-url-test-token-0123456789';

/** The CLI on `storeUrl`, on a free port; resolves once it is listening, or with how it ended. */
async function startMock(storeUrl: string, env: NodeJS.ProcessEnv = {}): Promise<{ run: CliRun; port: number }> {
  const port = await freePort();
  const cli = spawnCliInTest(['--port', String(port), '--store', storeUrl, '--control-token', TOKEN], env);
  await Promise.race([cli.waitFor(/listening on/, 30_000), cli.exited()]);
  return { run: cli, port };
}

/** A login through the mock on `port`: a minted code exchanged for tokens, then read back with userinfo. */
async function signInThrough(port: number): Promise<string> {
  const mock = withTestHelpers({
    ...connectMock(`http://127.0.0.1:${port}`, { token: TOKEN }),
    port,
    controlToken: TOKEN,
  });
  const tokens = await mock.signIn();
  const userinfo = await mock.get(`/sns/userinfo?access_token=${tokens.access_token}&openid=${tokens.openid}`);
  return String(userinfo.json.openid);
}

const encoded = encodeURIComponent(PASSWORD);
const missing = needsRedis() ? null : 'redis-server is not installed (.ci/setup.d/50-redis.sh)';
if (missing !== null && process.env.CI === 'true')
  it('finds redis-server, which CI installs', () => expect.fail(missing));

describe.skipIf(missing !== null)('a --store URL with a password, a user and a database', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startTestRedis(['--requirepass', PASSWORD]);
    await redisCli(redis.port, 'ACL', 'SETUSER', 'mock-user', 'on', `>${PASSWORD}`, '~*', '&*', '+@all');
  }, 30_000);
  afterAll(() => redis?.kill());

  it('connects with the password and database number of redis://:password@host:port/db, and keeps its keys in that database', async () => {
    const mock = await startMock(`redis://:${encoded}@127.0.0.1:${redis.port}/3`);
    expect(await signInThrough(mock.port)).toMatch(/^o/);
    expect(Number(await redisCli(redis.port, '-n', '3', 'DBSIZE'))).toBeGreaterThan(0);
    expect(Number(await redisCli(redis.port, '-n', '0', 'DBSIZE'))).toBe(0);
  });

  it('connects as the ACL user of redis://user:password@host:port/db', async () => {
    const mock = await startMock(`redis://mock-user:${encoded}@127.0.0.1:${redis.port}/4`);
    expect(await signInThrough(mock.port)).toMatch(/^o/);
    expect(await redisCli(redis.port, 'CLIENT', 'LIST')).toContain('user=mock-user');
  });

  it('refuses to start with a wrong password: exit 1 and one line naming the store, its password hidden', async () => {
    const mock = await startMock(`redis://:not-${encoded}@127.0.0.1:${redis.port}/0`);
    expect(await mock.run.exited()).toBe(1);
    expect(mock.run.stderr().trim()).toBe(
      `wechat-oauth-mock: --store redis://:***@127.0.0.1:${redis.port}/0: cannot connect: WRONGPASS invalid username-password pair or user is disabled.`,
    );
    expect(mock.run.stdout()).toBe('');
  });
});

describe.skipIf(missing !== null)('a rediss:// store (TLS)', () => {
  let redis: TestRedis;
  let dir: string;
  let tlsPort: number;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wechat-mock-redis-tls-'));
    // A self-signed certificate for localhost: the mock trusts it only when told to (NODE_EXTRA_CA_CERTS).
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    tlsPort = await freePort();
    redis = await startTestRedis([
      '--tls-port',
      String(tlsPort),
      '--tls-cert-file',
      join(dir, 'cert.pem'),
      '--tls-key-file',
      join(dir, 'key.pem'),
      '--tls-ca-cert-file',
      join(dir, 'cert.pem'),
      '--tls-auth-clients',
      'no',
    ]);
  }, 30_000);
  afterAll(async () => {
    await redis?.kill();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('connects over TLS to rediss://host:port/db when the server certificate is trusted', async () => {
    const mock = await startMock(`rediss://localhost:${tlsPort}/0`, { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
    expect(await signInThrough(mock.port)).toMatch(/^o/);
  });

  it('refuses to start when the certificate is not trusted: exit 1 and one line saying why', async () => {
    const mock = await startMock(`rediss://localhost:${tlsPort}/0`);
    expect(await mock.run.exited()).toBe(1);
    expect(mock.run.stderr().trim()).toMatch(
      new RegExp(
        `^wechat-oauth-mock: --store rediss://localhost:${tlsPort}/0: cannot connect: self-signed certificate(; .*)?$`,
      ),
    );
  });
});

/** redis-cli against the test's server, with the password; its answer without the trailing newline. */
async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', [
    '-p',
    String(port),
    '--user',
    'default',
    '--pass',
    PASSWORD,
    '--no-auth-warning',
    ...args,
  ]);
  return stdout.trim();
}

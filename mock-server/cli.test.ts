import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../test-support/free-port.js';
import { CLI, type CliRun, spawnCliInTest } from '../test-support/spawn-cli.js';
import { WEBSITE } from '../test-support/test-mock.js';

const start = spawnCliInTest;
const listening = (run: CliRun) => run.waitFor(/listening on (http:\/\/\S+)/).then((m) => m[1] as string);

describe('the wechat-oauth-mock CLI', () => {
  it('starts the built-in demo and prints the URL, the demo appid and secret, the callback domains and what to do next', async () => {
    const run = start(['--port', '0']);
    const url = await listening(run);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const banner = run.stdout();
    expect(banner).toContain(WEBSITE.appid);
    expect(banner).toContain(WEBSITE.secret);
    expect(banner).toContain('callback domains localhost, 127.0.0.1');
    expect(banner).toContain(`${url}/connect/qrconnect?appid=${WEBSITE.appid}`);
    expect(banner).toContain('/sns/oauth2/access_token');
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
  });

  it('with --impersonate, also serves HTTPS for WeChat’s hosts and says in the banner that a local CA is trusted', async () => {
    const stateDir = join(await mkdtemp(join(tmpdir(), 'wechat-mock-cli-state-')), 'state');
    const run = start(['--port', '0', '--impersonate', '--impersonate-port', '0', '--state-dir', stateDir]);
    await listening(run);
    await run.waitFor(/rm -r /);
    expect(run.stdout()).toContain('IMPERSONATING WECHAT');
    expect(run.stdout()).toContain(join(stateDir, 'ca.pem'));
  });

  it('keeps the certificate library in a chunk loaded only for impersonation, out of the cold start', async () => {
    const dir = dirname(CLI);
    const files = (await readdir(dir)).filter((file) => file.endsWith('.mjs'));
    const withForge = [];
    for (const file of files) if (/generateKeyPair/.test(await readFile(join(dir, file), 'utf8'))) withForge.push(file);
    expect(withForge).toEqual([expect.stringMatching(/^listen-impersonating-\w+\.mjs$/)]);
  });

  it('listens where --port and --host say', async () => {
    const port = await freePort();
    const run = start(['--port', String(port), '--host', '127.0.0.1']);
    expect(await listening(run)).toBe(`http://127.0.0.1:${port}`);
  });

  it('takes the port from WECHAT_MOCK_PORT when no flag is given', async () => {
    const run = start([], { WECHAT_MOCK_PORT: '0' });
    expect(await listening(run)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('logs one line per request with method, path, appid, errcode or status and duration, never the query', async () => {
    const run = start(['--port', '0']);
    const url = await listening(run);
    await fetch(
      `${url}/sns/oauth2/access_token?appid=${WEBSITE.appid}&secret=${WEBSITE.secret}&code=bad&grant_type=authorization_code`,
    );
    await fetch(`${url}/__mock/health`);
    const line = await run.waitFor(/^GET \/sns\/oauth2\/access_token .*$/m);
    expect(line[0]).toMatch(new RegExp(`^GET /sns/oauth2/access_token ${WEBSITE.appid} errcode=40029 \\d+\\.\\dms$`));
    expect((await run.waitFor(/^GET \/__mock\/health .*$/m))[0]).toMatch(/^GET \/__mock\/health 200 \d+\.\dms$/);
    expect(run.stdout()).not.toMatch(/^GET .*\?/m);
  });

  it('logs JSON lines with --log json', async () => {
    const run = start(['--port', '0', '--log', 'json']);
    const url = (await run.waitFor(/listening on (http:\/\/[^\s\\"]+)/))[1];
    await fetch(`${url}/sns/userinfo`);
    const line = (await run.waitFor(/^\{"level":"info","type":"request".*$/m))[0];
    expect(JSON.parse(line)).toMatchObject({ method: 'GET', path: '/sns/userinfo', status: 200, errcode: 41001 });
  });

  it('loads a YAML config given with --config', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wom-cli-'));
    const config = join(dir, 'mock.yaml');
    await writeFile(
      config,
      'apps:\n  - appid: wx00000000000000aa\n    name: 我的商城\n    kind: website\n    callbackDomains: [shop.test]\n',
    );
    const run = start(['--port', '0', '--config', config]);
    await listening(run);
    expect(run.stdout()).toContain('wx00000000000000aa');
    expect(run.stdout()).toContain('callback domains shop.test');
  });

  it('refuses to start on a bad config, listing every problem, with a non-zero exit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wom-cli-'));
    const config = join(dir, 'bad.json');
    await writeFile(
      config,
      JSON.stringify({
        apps: [{ appid: 'nope', kind: 'website', name: 'x', callbackDomains: [] }],
        lifetimes: { accessTokenSeconds: 0 },
      }),
    );
    const run = start(['--config', config]);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toContain('bad.json is not a valid wechat-oauth-mock configuration (3 problem(s))');
    expect(run.stderr()).toContain('apps[0].appid: expected "wx" followed by 16 lowercase hex digits');
    expect(run.stderr()).toContain('apps[0].callbackDomains: expected at least one domain');
    expect(run.stderr()).toContain('lifetimes.accessTokenSeconds: expected a whole number from 1');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown flag or a bad port with usage and exit code 2', async () => {
    const unknown = start(['--bogus']);
    expect(await unknown.exited()).toBe(2);
    expect(unknown.stderr()).toContain('Usage: wechat-oauth-mock');
    const port = start(['--port', 'eighty']);
    expect(await port.exited()).toBe(2);
    expect(port.stderr()).toContain('--port must be 0 to 65535, got "eighty"');
  });

  it('bound to 0.0.0.0 says so, and in the image says how the host reaches it', async () => {
    const run = start(['--port', '0', '--host', '0.0.0.0'], {
      WECHAT_MOCK_CONTAINER: 'true',
      WECHAT_MOCK_CONTROL_OPEN: 'true',
    });
    const url = await listening(run);
    const { port } = new URL(url);
    await run.waitFor(/network host there/);
    expect(run.stdout()).toContain(
      `bound to 0.0.0.0: every interface, so also this machine's other addresses on port ${port}`,
    );
    expect(run.stdout()).toContain(
      `in a container: from the host, http://localhost:${port} when run with --network host or -p ${port}:${port}`,
    );
  });

  it('prints the package version with --version (and -v) and exits 0', async () => {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const run = start([flag]);
      expect(await run.exited()).toBe(0);
      expect(run.stdout()).toBe(`${version}\n`);
    }
  });

  it('gives a usage error as one line, then the usage', async () => {
    const run = start(['--bogus']);
    expect(await run.exited()).toBe(2);
    const [reason, blank, usage] = run.stderr().split('\n');
    expect(reason).toMatch(/^wechat-oauth-mock: .*--bogus/);
    expect([blank, usage]).toEqual(['', 'Usage: wechat-oauth-mock [options]']);
  });

  it('says in --help how to run the image on an engine without a bridge network', async () => {
    const run = start(['--help']);
    expect(await run.exited()).toBe(0);
    expect(run.stdout()).toContain('docker run --rm --network host wechat-oauth-mock');
    expect(run.stdout()).toContain('WECHAT_MOCK_CONTAINER_NETWORK=host');
  });

  it('ends quietly, exit 0, when the reader of its output has gone (`--help | head -1`)', async () => {
    const run = start(['--help']);
    run.child.stdout?.destroy();
    expect(await run.exited()).toBe(0);
    expect(run.stderr()).toBe('');
  });

  it('says plainly when the port is taken', async () => {
    const first = start(['--port', '0']);
    const port = new URL(await listening(first)).port;
    const second = start(['--port', port]);
    expect(await second.exited()).toBe(1);
    expect(second.stderr()).toBe(
      `wechat-oauth-mock: cannot listen on 127.0.0.1:${port} (--host / --port): the port is already in use (EADDRINUSE)\n`,
    );
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'closes cleanly on %s, even with a keep-alive connection open',
    async (signal) => {
      const run = start(['--port', '0']);
      const url = await listening(run);
      await fetch(`${url}/__mock/health`, { keepalive: true });
      run.child.kill(signal);
      expect(await run.exited()).toBe(0);
      expect(run.stderr()).toBe('');
    },
  );
});

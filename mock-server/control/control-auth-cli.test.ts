import { afterEach, describe, expect, it } from 'vitest';
import { type CliRun, spawnCli } from '../../test-support/spawn-cli.js';

const running: CliRun[] = [];
function start(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  // The environment must not bring a token of its own.
  const run = spawnCli(args, { WECHAT_MOCK_CONTROL_TOKEN: '', ...env });
  running.push(run);
  return run;
}
afterEach(async () => {
  for (const run of running.splice(0)) {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited();
    }
  }
});

const listening = (run: CliRun) => run.waitFor(/listening on (http:\/\/\S+)/).then((m) => m[1] as string);
const get = (url: string, token?: string) =>
  fetch(url, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });

describe('the CLI and the control plane', () => {
  it('with --host 0.0.0.0 prints a generated "Authorization: Bearer …" line in its banner, and that token opens the control plane on 127.0.0.1', async () => {
    const run = start(['--host', '0.0.0.0', '--port', '0']);
    const url = await listening(run);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = (await run.waitFor(/^ {2}Authorization: Bearer (\S+)/m))[1] as string;
    expect(token.length).toBeGreaterThanOrEqual(16);
    expect(run.stdout()).toContain('Listening beyond loopback: the control plane demands a token');

    const refused = await get(`${url}/__mock/apps`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
    expect((await get(`${url}/__mock/apps`, 'some-other-token-of-enough-length')).status).toBe(401);
    const allowed = await get(`${url}/__mock/apps`, token);
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { apps: unknown[] }).apps.length).toBeGreaterThan(0);
    expect((await get(`${url}/__mock/health`)).status).toBe(200);
  });

  it('generates a different token on every start', async () => {
    const tokenOf = async (run: CliRun) => (await run.waitFor(/^ {2}Authorization: Bearer (\S+)/m))[1];
    const [first, second] = await Promise.all(
      [start(['--host', '0.0.0.0', '--port', '0']), start(['--host', '0.0.0.0', '--port', '0'])].map(tokenOf),
    );
    expect(first).not.toBe(second);
  });

  it('demands the token given with --control-token, on loopback too, and generates none', async () => {
    const token = 'my-own-control-token-0123';
    const run = start(['--port', '0', '--control-token', token]);
    const url = await listening(run);
    expect((await get(`${url}/__mock/apps`)).status).toBe(401);
    expect((await get(`${url}/__mock/apps`, `${token}x`)).status).toBe(401);
    expect((await get(`${url}/__mock/apps`, token)).status).toBe(200);
    expect(run.stdout()).not.toContain('generated for this run');
  });

  it.each(['pretty', 'json'])(
    'never prints a token the user gave (%s log): its curl hints read $WECHAT_MOCK_CONTROL_TOKEN instead',
    async (format) => {
      const token = 'my-own-control-token-0123';
      const run = start(['--port', '0', '--control-token', token, '--log', format]);
      await run.waitFor(/__mock\/journal/);
      expect(run.stdout()).not.toContain(token);
      expect(run.stdout().match(/Authorization: Bearer \$WECHAT_MOCK_CONTROL_TOKEN/g)).toHaveLength(2);
    },
  );

  it.each(['pretty', 'json'])(
    'prints a token it generated (%s log), in its own line and in both curl hints',
    async (format) => {
      const run = start(['--host', '0.0.0.0', '--port', '0', '--log', format]);
      await run.waitFor(/__mock\/journal/);
      const token = /Authorization: Bearer ([\w-]{16,})/.exec(run.stdout())?.[1] ?? 'none';
      expect(run.stdout().split(`-H 'Authorization: Bearer ${token}'`)).toHaveLength(3);
      expect(run.stdout()).not.toContain('$WECHAT_MOCK_CONTROL_TOKEN');
    },
  );

  it('takes the token from WECHAT_MOCK_CONTROL_TOKEN when no flag is given', async () => {
    const token = 'token-from-the-environment';
    const run = start(['--port', '0'], { WECHAT_MOCK_CONTROL_TOKEN: token });
    const url = await listening(run);
    expect((await get(`${url}/__mock/apps`)).status).toBe(401);
    expect((await get(`${url}/__mock/apps`, token)).status).toBe(200);
  });

  it('refuses to start with a --control-token shorter than 16 characters, saying why', async () => {
    const run = start(['--port', '0', '--control-token', 'too-short']);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toContain('control.token: expected at least 16 printable characters without spaces');
    expect(run.stdout()).not.toContain('listening on');
  });

  it('with --control-off leaves only /__mock/health; the rest answers 404 not_found', async () => {
    const run = start(['--port', '0', '--control-off']);
    const url = await listening(run);
    expect(run.stdout()).toContain('Control plane: switched off');
    expect((await get(`${url}/__mock/health`)).status).toBe(200);
    const apps = await get(`${url}/__mock/apps`);
    expect(apps.status).toBe(404);
    expect(await apps.json()).toMatchObject({ error: 'not_found' });
    const codes = await fetch(`${url}/__mock/codes`, { method: 'POST', body: '{}' });
    expect(codes.status).toBe(404);
  });

  it('with --host 0.0.0.0 --control-open prints no token and needs none', async () => {
    const run = start(['--host', '0.0.0.0', '--port', '0', '--control-open']);
    const url = await listening(run);
    expect((await get(`${url}/__mock/apps`)).status).toBe(200);
    expect(run.stdout()).not.toMatch(/Authorization: Bearer/);
  });
});

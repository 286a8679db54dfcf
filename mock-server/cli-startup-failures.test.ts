import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliRun, spawnCli } from '../test-support/spawn-cli.js';

const running: CliRun[] = [];
afterEach(() => {
  for (const run of running.splice(0)) run.child.kill('SIGKILL');
});

/** Runs the CLI to its end; resolves with its exit code and what it wrote to stderr. */
async function failedStart(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const run = spawnCli(['--port', '0', ...args]);
  running.push(run);
  const code = await run.exited();
  return { code, stderr: run.stderr() };
}

const impersonating = (stateDir: string) => ['--impersonate', '--impersonate-port', '0', '--state-dir', stateDir];
const scratch = () => mkdtemp(join(tmpdir(), 'wom-start-'));

/** A state directory holding ca.pem and ca-key.pem with these contents and the key's mode. */
async function stateDirWith(certificate: string, key: string, keyMode = 0o600): Promise<string> {
  const dir = join(await scratch(), 'state');
  await mkdir(dir, { mode: 0o700 });
  await writeFile(join(dir, 'ca.pem'), certificate, { mode: 0o644 });
  await writeFile(join(dir, 'ca-key.pem'), key, { mode: keyMode });
  await chmod(join(dir, 'ca-key.pem'), keyMode);
  return dir;
}

describe('start-up failures: one line naming the setting or file, exit 1, no stack (issue 12)', () => {
  it.each([
    [
      'an unresolvable --host',
      async () => ['--host', 'no-such-host.invalid'],
      /^wechat-oauth-mock: cannot listen on no-such-host\.invalid:0 \(--host \/ --port\): the host name does not resolve/,
    ],
    [
      'a state directory that is a file',
      async () => {
        const file = join(await scratch(), 'state');
        await writeFile(file, 'not a directory');
        return impersonating(file);
      },
      /^wechat-oauth-mock: --state-dir \/ impersonate\.stateDir: \S+\/state is not a directory\n$/,
    ],
    [
      'a state directory inside /proc',
      async () => impersonating('/proc/self/wechat-oauth-mock'),
      /^wechat-oauth-mock: --state-dir \/ impersonate\.stateDir: \/proc\/self\/wechat-oauth-mock is inside \/proc/,
    ],
    [
      'a state directory writable by others',
      async () => {
        const dir = await scratch();
        await chmod(dir, 0o777);
        return impersonating(dir);
      },
      /^wechat-oauth-mock: --state-dir \/ impersonate\.stateDir: \S+ is writable by others \(mode 0777\)/,
    ],
    [
      'a CA key readable by group and others',
      async () => impersonating(await stateDirWith('x', 'y', 0o644)),
      /^wechat-oauth-mock: --state-dir \/ impersonate\.stateDir: \S+\/ca-key\.pem is open to group or others \(mode 0644\); chmod 600 it\n$/,
    ],
    [
      'a CA that is half there',
      async () => {
        const dir = await stateDirWith('x', 'y');
        await writeFile(join(dir, 'ca-key.pem'), '');
        const half = join(await scratch(), 'half');
        await mkdir(half, { mode: 0o700 });
        await writeFile(join(half, 'ca.pem'), 'x');
        return impersonating(half);
      },
      /^wechat-oauth-mock: \S+\/half holds only half of the local CA \(ca-key\.pem is missing\)/,
    ],
    [
      'a CA certificate that is no PEM',
      async () => impersonating(await stateDirWith('garbage', 'garbage')),
      /^wechat-oauth-mock: \S+\/ca\.pem is not a PEM certificate the mock can read: remove the state directory/,
    ],
  ])('%s', async (_, args, message) => {
    const { code, stderr } = await failedStart(await args());
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

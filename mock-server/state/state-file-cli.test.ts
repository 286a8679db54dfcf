import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectMock } from '../../contract/control-client/index.js';
import { type CliRun, spawnCli } from '../../test-support/spawn-cli.js';
import { WEBSITE } from '../../test-support/test-mock.js';

let dir: string;
let file: string;
const running: CliRun[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wechat-mock-state-cli-'));
  file = join(dir, 'state.json');
});

afterEach(async () => {
  for (const run of running.splice(0)) run.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

async function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = spawnCli(['--port', '0', ...args], env);
  running.push(run);
  return (await run.waitFor(/listening on (http:\/\/\S+)/))[1] as string;
}

interface Tokens {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly openid: string;
}

async function signIn(url: string): Promise<Tokens> {
  const { code } = await connectMock(url).codes.mint({ app: WEBSITE.appid, persona: 'zhangsan' });
  const query = new URLSearchParams({ ...WEBSITE, code, grant_type: 'authorization_code' });
  return (await (await fetch(`${url}/sns/oauth2/access_token?${query}`)).json()) as Tokens;
}

async function refresh(url: string, refreshToken: string): Promise<Record<string, unknown>> {
  const query = new URLSearchParams({ appid: WEBSITE.appid, grant_type: 'refresh_token', refresh_token: refreshToken });
  return (await (await fetch(`${url}/sns/oauth2/refresh_token?${query}`)).json()) as Record<string, unknown>;
}

async function userinfo(url: string, tokens: Tokens): Promise<unknown> {
  return (await fetch(`${url}/sns/userinfo?access_token=${tokens.access_token}&openid=${tokens.openid}`)).json();
}

describe('wechat-oauth-mock --state-file', () => {
  it('keeps a login across a SIGTERM and a restart (the path from WECHAT_MOCK_STATE_FILE)', async () => {
    const url = await startCli([], { WECHAT_MOCK_STATE_FILE: file });
    const tokens = await signIn(url);
    const first = running[0] as CliRun;
    first.child.kill('SIGTERM');
    expect(await first.exited()).toBe(0);
    const again = await startCli([], { WECHAT_MOCK_STATE_FILE: file });
    expect(await refresh(again, tokens.refresh_token)).toMatchObject({ access_token: tokens.access_token });
    expect(await userinfo(again, tokens)).toMatchObject({ openid: tokens.openid });
  });

  it('keeps a login saved one interval before a kill -9', async () => {
    const url = await startCli(['--state-file', file, '--state-file-interval', '200']);
    const tokens = await signIn(url);
    // The interval's save is seen in the file itself, however long this machine takes to make it.
    while (!(await readFile(file, 'utf8')).includes(tokens.refresh_token)) await sleep(50);
    const killed = running[0] as CliRun;
    killed.child.kill('SIGKILL');
    await killed.exited();
    const again = await startCli(['--state-file', file]);
    expect(await refresh(again, tokens.refresh_token)).toMatchObject({ access_token: tokens.access_token });
  });

  it('refuses a corrupt file with one line naming it, exits 1 and leaves the file as it was', async () => {
    await writeFile(file, 'not json at all');
    const run = spawnCli(['--port', '0', '--state-file', file]);
    running.push(run);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toMatch(
      new RegExp(`^wechat-oauth-mock: state file ${file} cannot be restored: it is not JSON .*\\n$`),
    );
    expect(run.stderr().split('\n')).toHaveLength(2);
    expect(await readFile(file, 'utf8')).toBe('not json at all');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('exits 1 with one line when the state file cannot be written', async () => {
    const run = spawnCli(['--port', '0', '--state-file', join(dir, 'missing', 'state.json')]);
    running.push(run);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toMatch(/^wechat-oauth-mock: --state-file: cannot open .*missing.*\(ENOENT\)\n$/);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

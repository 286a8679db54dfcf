import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WECHAT_HOSTS } from '../../contract/wechat-hosts.js';
import { createNetworkNamespace, type NetworkNamespace } from '../../test-support/network-namespace.js';
import { CLI, type CliRun, spawnCommand } from '../../test-support/spawn-cli.js';
import { WEBSITE } from '../../test-support/test-mock.js';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('test-support/requests_login.py', import.meta.url));

/** Why this machine cannot run the proof, or undefined; under CI=true it never skips, it fails. */
async function skipReason(): Promise<string | undefined> {
  try {
    await run('python3', ['-c', 'import requests']);
  } catch {
    return 'python3 with requests is missing (apt-get install python3-requests)';
  }
  return undefined;
}

interface SeenByPython {
  token: { access_token?: string; openid?: string; unionid?: string };
  user: { openid?: string; nickname?: string };
  page: { status: number; qr: boolean };
  reused: { errcode?: number };
  invalid: { errcode?: number };
}

const missing = await skipReason();
const namespace = missing === undefined ? await createNetworkNamespace(WECHAT_HOSTS) : { skipReason: missing };
const reason = 'skipReason' in namespace ? namespace.skipReason : undefined;
if (reason !== undefined && process.env.CI !== 'true') console.warn(`Python requests proof skipped: ${reason}`);

// Issue 8, reference §11: python-weixin's kind of client, requests with hard-coded https://api.weixin.qq.com
// and https://open.weixin.qq.com URLs, unchanged; only the namespace's hosts file and REQUESTS_CA_BUNDLE differ.
describe.skipIf(reason !== undefined && process.env.CI !== 'true')(
  'a Python requests client with WeChat’s hard-coded HTTPS URLs, in a network namespace, against --impersonate',
  () => {
    let mock: CliRun;
    let stateDir: string;
    let seen: SeenByPython;
    beforeAll(async () => {
      if (reason !== undefined) throw new Error(`the proof cannot run under CI=true: ${reason}`);
      const ns = namespace as NetworkNamespace;
      stateDir = await mkdtemp(join(tmpdir(), 'wechat-mock-netns-'));
      const [command, ...args] = ns.command([
        process.execPath,
        CLI,
        '--port',
        '0',
        '--impersonate',
        '--state-dir',
        stateDir,
      ]);
      mock = spawnCommand(command ?? 'ip', args);
      const control = (await mock.waitFor(/listening on (http:\/\/\S+)/))[1] as string;
      await mock.waitFor(/IMPERSONATING WECHAT/);
      const [py, ...pyArgs] = ns.command(['python3', SCRIPT, control, WEBSITE.appid, WEBSITE.secret]);
      const { stdout } = await run(py ?? 'ip', pyArgs, {
        env: { ...process.env, REQUESTS_CA_BUNDLE: join(stateDir, 'ca.pem') },
        timeout: 20_000,
      });
      seen = JSON.parse(stdout) as SeenByPython;
    }, 30_000);
    afterAll(async () => {
      mock?.child.kill('SIGTERM');
      await mock?.exited();
      if (!('skipReason' in namespace)) await namespace.remove();
      if (stateDir !== undefined) await rm(stateDir, { recursive: true, force: true });
    });

    it('exchanges a code at https://api.weixin.qq.com/sns/oauth2/access_token', () => {
      expect(seen.token.openid).toMatch(/^o[\w-]{27}$/);
      expect(seen.token.access_token).toBeTruthy();
    });

    it('reads the persona at https://api.weixin.qq.com/sns/userinfo', () => {
      expect(seen.user).toMatchObject({ openid: seen.token.openid, nickname: '李四🐱' });
    });

    it('gets the QR page at https://open.weixin.qq.com/connect/qrconnect', () => {
      expect(seen.page).toEqual({ status: 200, qr: true });
    });

    it('gets 40163 for a reused code and 40029 for an invalid one', () => {
      expect(seen.reused.errcode).toBe(40163);
      expect(seen.invalid.errcode).toBe(40029);
    });
  },
);

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getContainerRuntimeClient } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerTestSetup } from '../test-support/container-engine.js';
import { type StartedWeChatOAuthMockContainer, WeChatOAuthMockContainer } from './index.js';

// One container serves every test in this file (each start costs time); the tests run in order and the
// last one stops it. They talk to it on 127.0.0.1 (host networking) or on its mapped port.
const setup = await containerTestSetup();
if (setup.missing !== null && !setup.required) console.warn(`container tests skipped: ${setup.missing}`);

// An app that exists only in the mounted config file (the demo apps are then not defined).
const FILE_APP = { appid: 'wx00c0ffee00c0ffee', secret: 'f11e0000000000000000000000000001' } as const;
const CONFIG_YAML = `seed: container-test
apps:
  - appid: ${FILE_APP.appid}
    secret: ${FILE_APP.secret}
    kind: website
    name: 容器测试
    callbackDomains: [localhost]
`;
const TOKEN = 'container-test-control-token';
const CALLBACK = 'http://localhost:3000/callback';

if (setup.missing !== null && setup.required) {
  it('finds a container engine and the mock image, which CI requires', () => {
    expect.fail(setup.missing ?? '');
  });
}

describe.skipIf(setup.missing !== null)('the mock in a container', () => {
  let mock: StartedWeChatOAuthMockContainer;
  let configDir: string;
  let stopped = false;
  const sns = async (path: string, params: Record<string, string>) =>
    (await fetch(`${mock.getBaseUrl()}${path}?${new URLSearchParams(params)}`)).json() as Promise<
      Record<string, unknown>
    >;

  beforeAll(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'wechat-mock-container-'));
    const configFile = join(configDir, 'mock.yaml');
    await writeFile(configFile, CONFIG_YAML);
    const container = new WeChatOAuthMockContainer(setup.image).withConfig(configFile).withControlToken(TOKEN);
    mock = await (setup.hostNetwork ? container.withNetworkMode('host') : container).start();
  }, 60_000);
  afterAll(async () => {
    if (!stopped) await mock?.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  it('answers the website login end to end over HTTP: QR page, allow as a persona, code exchange, userinfo', async () => {
    const redirect = encodeURIComponent(CALLBACK);
    const page = await fetch(
      `${mock.getBaseUrl()}/connect/qrconnect?appid=${FILE_APP.appid}&redirect_uri=${redirect}&response_type=code&scope=snsapi_login&state=abc#wechat_redirect`,
    );
    expect(page.status).toBe(200);
    const allow = /data-persona="lisi" href="([^"]+)"/.exec(await page.text())?.[1]?.replaceAll('&amp;', '&') ?? '';
    const approved = await fetch(mock.getBaseUrl() + allow, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const callback = new URL(approved.headers.get('location') ?? '');
    expect(callback.searchParams.get('state')).toBe('abc');

    const tokens = await sns('/sns/oauth2/access_token', {
      ...FILE_APP,
      code: callback.searchParams.get('code') ?? '',
      grant_type: 'authorization_code',
    });
    expect(tokens).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
    const user = await sns('/sns/userinfo', {
      access_token: String(tokens.access_token),
      openid: String(tokens.openid),
    });
    expect(user).toMatchObject({ openid: tokens.openid, nickname: '李四🐱', unionid: tokens.unionid });
  });

  it('takes its apps from the mounted config file: the demo website app is unknown there (40013)', async () => {
    const answer = await sns('/sns/oauth2/access_token', {
      appid: 'wx5f3b9c0d2e1a4b67',
      secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6',
      code: 'x'.repeat(32),
      grant_type: 'authorization_code',
    });
    expect(answer.errcode).toBe(40013);
  });

  it('applies a fault added through the control plane: the next code exchange answers -1', async () => {
    await mock.faults.add({
      match: { appid: FILE_APP.appid, endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'errcode', errcode: -1 },
    });
    const minted = await mock.codes.mint({ app: FILE_APP.appid, persona: 'zhangsan' });
    const answer = await sns('/sns/oauth2/access_token', {
      ...FILE_APP,
      code: minted.code,
      grant_type: 'authorization_code',
    });
    expect(answer.errcode).toBe(-1);
  });

  it("rejects start() with the mock's own explanation when the mounted config file is invalid", async () => {
    const badFile = join(configDir, 'bad.yaml');
    await writeFile(badFile, 'apps:\n  - kind: website\n    callbackDomains: []\n');
    const container = new WeChatOAuthMockContainer(setup.image).withConfig(badFile);
    await expect((setup.hostNetwork ? container.withNetworkMode('host') : container).start()).rejects.toThrow(
      /exited \(status 1\)[\s\S]*apps\[0\]\.name/,
    );
  });

  it('refuses the control plane without its token (401) and serves it with the token', async () => {
    expect((await fetch(`${mock.getBaseUrl()}/__mock/apps`)).status).toBe(401);
    const wrong = await fetch(`${mock.getBaseUrl()}/__mock/apps`, { headers: { Authorization: 'Bearer wrong-token' } });
    expect(wrong.status).toBe(401);
    expect(await mock.apps.list()).not.toHaveLength(0);
    expect(mock.getControlToken()).toBe(TOKEN);
  });

  it('stops within a second of SIGTERM: with a 1 s grace before SIGKILL, the mock exits by itself with status 0', async () => {
    await mock.stop({ timeout: 1000, remove: false });
    stopped = true;
    const client = await getContainerRuntimeClient();
    const container = client.container.getById(mock.getId());
    const { State } = await container.inspect();
    await client.container.remove(container);
    // A process killed after the grace period would exit with 137 (128 + SIGKILL).
    expect({ exitCode: State.ExitCode, oomKilled: State.OOMKilled }).toEqual({ exitCode: 0, oomKilled: false });
  });
});

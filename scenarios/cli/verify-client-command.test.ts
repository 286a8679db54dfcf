import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test-support/free-port.js';
import { type CliRun, spawnCli, spawnCommand, spawnNodeScript } from '../../test-support/spawn-cli.js';
import { WEBSITE } from '../../test-support/test-mock.js';
import { CLIENT_CHECKS } from '../client-conformance/client-checks.js';

const EXAMPLE = fileURLToPath(new URL('../../dist/examples/website/main.js', import.meta.url));

describe('wechat-oauth-mock verify-client (the built CLI)', () => {
  let mock: CliRun;
  let site: CliRun;
  let mockUrl = '';
  let siteUrl = '';
  beforeAll(async () => {
    mock = spawnCli(['--port', '0']);
    mockUrl = (await mock.waitFor(/listening on (http:\/\/\S+)/))[1] ?? '';
    const port = await freePort();
    siteUrl = `http://127.0.0.1:${port}`;
    site = spawnNodeScript(EXAMPLE, [], {
      PORT: String(port),
      SITE_URL: siteUrl,
      WECHAT_APPID: WEBSITE.appid,
      WECHAT_SECRET: WEBSITE.secret,
      WECHAT_OPEN_BASE_URL: mockUrl,
      WECHAT_API_BASE_URL: mockUrl,
    });
    await site.waitFor(/Open http/);
  });
  afterAll(async () => {
    for (const run of [site, mock]) {
      run.child.kill('SIGTERM');
      await run.exited();
    }
  });

  it('verifies the example site running as its own process against a running mock, and exits 0', async () => {
    const run = spawnCli([
      'verify-client',
      '--start-url',
      `${siteUrl}/login`,
      '--mock-url',
      mockUrl,
      '--reports',
      'reports/conformance/cli-test',
    ]);
    expect(await run.exited()).toBe(0);
    expect(run.stdout()).toContain(`Verifying the WeChat login of ${siteUrl}/login through the mock at ${mockUrl}`);
    expect(run.stdout()).toContain(`\n${CLIENT_CHECKS.length} passed, 0 failed, 0 skipped\n`);
  });

  it("verifies a site that hard-codes WeChat's hosts: its server runs with the intercept preload, the browser follows --wechat-hosts", async () => {
    const port = await freePort();
    const hardCoded = `http://127.0.0.1:${port}`;
    // No WECHAT_OPEN_BASE_URL / WECHAT_API_BASE_URL: the site talks to open.weixin.qq.com and api.weixin.qq.com.
    const preloaded = spawnCommand(process.execPath, ['--import', 'wechat-oauth-mock/intercept', EXAMPLE], {
      PORT: String(port),
      SITE_URL: hardCoded,
      WECHAT_APPID: WEBSITE.appid,
      WECHAT_SECRET: WEBSITE.secret,
      WECHAT_MOCK_URL: mockUrl,
    });
    try {
      await preloaded.waitFor(/Open http/);
      const astray = spawnCli(['verify-client', '--start-url', `${hardCoded}/login`, '--mock-url', mockUrl]);
      expect(await astray.exited()).toBe(1);
      expect(astray.stderr()).toContain(
        `sent the browser to WeChat itself (https://open.weixin.qq.com/connect/qrconnect). If the site's server reaches the mock through the preload`,
      );
      const run = spawnCli([
        'verify-client',
        '--start-url',
        `${hardCoded}/login`,
        '--mock-url',
        mockUrl,
        '--wechat-hosts',
        '--reports',
        'reports/conformance/cli-test-wechat-hosts',
      ]);
      expect(await run.exited()).toBe(0);
      expect(run.stdout()).toContain(`\n${CLIENT_CHECKS.length} passed, 0 failed, 0 skipped\n`);
    } finally {
      preloaded.child.kill('SIGTERM');
      await preloaded.exited();
    }
  });

  it('says in one line that the port is busy, instead of a raw EADDRINUSE', async () => {
    const { port } = new URL(mockUrl);
    const run = spawnCli(['verify-client', '--start-url', `${siteUrl}/login`, '--port', port]);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toBe(
      `wechat-oauth-mock verify-client: port ${port} is in use: pass --port with a free one, or --mock-url if a mock already runs there\n`,
    );
  });

  it('refuses an unknown --persona with one error before any check', async () => {
    const run = spawnCli([
      'verify-client',
      '--start-url',
      `${siteUrl}/login`,
      '--mock-url',
      mockUrl,
      '--persona',
      'nobody',
    ]);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toMatch(
      /^wechat-oauth-mock verify-client: the mock at \S+ has no persona nobody; it has [^\n]+\n$/,
    );
    expect(run.stdout()).not.toContain('[1/');
  });

  it('refuses a mock started with --control-off, with the reason', async () => {
    const off = spawnCli(['--port', '0', '--control-off']);
    const [, offUrl] = await off.waitFor(/listening on (http:\/\/\S+)/);
    try {
      const run = spawnCli(['verify-client', '--start-url', `${siteUrl}/login`, '--mock-url', offUrl ?? '']);
      expect(await run.exited()).toBe(1);
      expect(run.stderr()).toContain(
        `the mock at ${offUrl} runs with its control plane switched off (--control-off), and verify-client needs it`,
      );
    } finally {
      off.child.kill('SIGTERM');
      await off.exited();
    }
  });

  it('names the URL and the cause when the site is down', async () => {
    const down = `http://127.0.0.1:${await freePort()}/login`;
    const run = spawnCli(['verify-client', '--start-url', down, '--mock-url', mockUrl]);
    expect(await run.exited()).toBe(1);
    expect(run.stderr()).toContain(`the site does not answer: could not open ${down}: connection refused`);
  });

  it('exits 2 without --start-url, and 1 when the start URL does not lead to the mock', async () => {
    const missing = spawnCli(['verify-client', '--mock-url', mockUrl]);
    expect(await missing.exited()).toBe(2);
    expect(missing.stderr()).toContain('wechat-oauth-mock verify-client: --start-url is required');
    const astray = spawnCli(['verify-client', '--start-url', `${siteUrl}/`, '--mock-url', mockUrl]);
    expect(await astray.exited()).toBe(1);
    expect(astray.stderr()).toContain("never led to the mock's login page");
  });
});

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test-support/free-port.js';
import { type CliRun, spawnCli, spawnNodeScript } from '../../test-support/spawn-cli.js';
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

  it('exits 2 without --start-url, and 1 when the start URL does not lead to the mock', async () => {
    const missing = spawnCli(['verify-client', '--mock-url', mockUrl]);
    expect(await missing.exited()).toBe(2);
    expect(missing.stderr()).toContain('wechat-oauth-mock verify-client: --start-url is required');
    const astray = spawnCli(['verify-client', '--start-url', `${siteUrl}/`, '--mock-url', mockUrl]);
    expect(await astray.exited()).toBe(1);
    expect(astray.stderr()).toContain("never led to the mock's login page");
  });
});

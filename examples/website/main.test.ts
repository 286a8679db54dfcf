import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedBrowser } from '../../scenarios/browser/scripted-browser.js';
import { freePort } from '../../test-support/free-port.js';
import { type CliRun, spawnNodeScript } from '../../test-support/spawn-cli.js';

const MAIN = fileURLToPath(new URL('../../dist/examples/website/main.js', import.meta.url));

describe('npm run example: the example site against a mock it starts itself', () => {
  let run: CliRun;
  let site: string;
  beforeAll(async () => {
    const port = await freePort();
    site = `http://127.0.0.1:${port}`;
    run = spawnNodeScript(MAIN, [], { PORT: String(port), SITE_URL: site, WECHAT_APPID: '' });
    await run.waitFor(/Open http:\/\/127\.0\.0\.1:\d+ and click "weixin login!"/);
  });
  afterAll(async () => {
    run.child.kill('SIGTERM');
    await run.exited();
  });

  it('prints where it runs and which mock it logs in through', () => {
    expect(run.stdout()).toMatch(
      /^Example site listening on port \d+, logging in with WeChat through the mock at http:\/\/127\.0\.0\.1:\d+ \(app wx5f3b9c0d2e1a4b67\)\./,
    );
  });

  it('logs a person in end to end with no other setup', async () => {
    const browser = new ScriptedBrowser();
    const home = await browser.navigate(`${site}/`);
    const loginPage = await browser.click(home, 'class', 'wechat');
    const done = await browser.approveAs(loginPage, 'zhangsan');
    expect(done.url).toBe(`${site}/me`);
    expect(done.text).toContain('张三');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited()).toBe(0);
  });
});

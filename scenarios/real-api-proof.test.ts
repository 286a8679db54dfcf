import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, spawnCli } from '../test-support/spawn-cli.js';
import { WEBSITE } from '../test-support/test-mock.js';
import { CATALOGUE } from './catalogue/index.js';
import type { ConformanceReport } from './model/scenario-result.js';
import { runConformance } from './runner/run-conformance.js';
import { wechatTarget } from './targets/wechat-target.js';

// Issue 5, item 5: the real-API path without WeChat. A mock started by its CLI with the control plane off
// is treated as a foreign server, exactly as the real API is; a scripted person approves each login.
describe('the wechat target against a mock with its control plane off, as if it were the real API', () => {
  let mock: CliRun;
  let report: ConformanceReport;
  beforeAll(async () => {
    mock = spawnCli(['--port', '0', '--control-off']);
    const [, url] = await mock.waitFor(/listening on (http:\/\/\S+)/);
    const target = await wechatTarget({
      WECHAT_APPID: WEBSITE.appid,
      WECHAT_SECRET: WEBSITE.secret,
      WECHAT_CALLBACK_URL: 'http://127.0.0.1:0/callback',
      WECHAT_PERSON: 'scripted',
      WECHAT_OPEN_BASE_URL: url,
      WECHAT_API_BASE_URL: url,
    });
    try {
      report = await runConformance({ target });
    } finally {
      await target.close();
    }
  });
  afterAll(async () => {
    mock.child.kill('SIGTERM');
    await mock.exited();
  });

  it('skips every scenario that needs control, clock, an official account, a mini-program or a mobile app, saying which', () => {
    const absent = ['control', 'clock', 'official-account', 'mini-program', 'mobile-app'];
    const needy = CATALOGUE.filter((scenario) => scenario.needs.some((need) => absent.includes(need)));
    const skipped = report.results.filter((result) => result.status === 'skipped');
    expect(skipped.map((result) => result.id)).toEqual(needy.map((scenario) => scenario.id));
    for (const result of skipped) {
      expect(result.reason).toMatch(/^needs (control|clock|official-account|mini-program|mobile-app) \(/);
    }
  });

  it('passes every other scenario, fresh logins included, approved by the scripted person', () => {
    const others = report.results.filter((result) => result.status !== 'skipped');
    expect(others.filter((result) => result.status === 'failed')).toEqual([]);
    expect(others.length).toBeGreaterThan(0);
    const freshLogins = CATALOGUE.filter((scenario) => scenario.needs.includes('fresh-code'));
    expect(
      report.results.filter((result) => freshLogins.some((s) => s.id === result.id && result.status === 'passed'))
        .length,
    ).toBeGreaterThan(0);
  });
});

import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { startTestMock, type TestMock } from './test-mock.js';
import { startTestSite, type TestSite } from './test-site.js';

/** What a browser test file works with: one Chromium, one mock, one test site in front of it. */
export interface BrowserRig {
  readonly browser: Browser;
  readonly mock: TestMock;
  readonly site: TestSite;
  close(): Promise<void>;
}

/** Starts Chromium and a mock whose long poll is held 5 s at most, then the test site pointing at the mock. */
export async function startBrowserRig(): Promise<BrowserRig> {
  const [browser, mock] = await Promise.all([
    launchChromium(),
    startTestMock({ config: { fidelity: { longPollSeconds: 5 } } }),
  ]);
  const site = await startTestSite(mock.url);
  return {
    browser,
    mock,
    site,
    async close() {
      await browser.close();
      await site.close();
      await mock.close();
    },
  };
}

import type { WeChatMock } from '../../contract/control-client/index.js';
import { findHref } from '../browser/html-links.js';
import { type Navigation, ScriptedBrowser } from '../browser/scripted-browser.js';
import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { buildReport } from '../runner/build-report.js';
import { reasonOf, runBounded } from '../runner/run-bounded.js';
import { CheckSkipped, type ClientCheck, type ClientSession } from './client-check.js';
import { CLIENT_CHECKS } from './client-checks.js';

export interface VerifyClientOptions {
  /** The site's login URL: opening it must lead the browser to the mock's login page. */
  readonly startUrl: string;
  /** The mock the site logs in through, and its control plane. */
  readonly mockUrl: string;
  readonly control: WeChatMock;
  /** Who approves on the mock's page; default the first persona listed there. */
  readonly persona?: string;
  readonly checks?: readonly ClientCheck[];
  /** Per check; default 30 s. */
  readonly timeoutMs?: number;
  readonly onResult?: (result: ScenarioResult, index: number, total: number) => void;
}

/**
 * Plays WeChat (the mock) and the browser for a website's WeChat login: runs each check with a new browser,
 * after resetting the site's app on the mock (its faults, codes, grants and journal), and judges from the
 * site's answers and the journal. The site's app is the one its login URL sends the browser to.
 */
export async function verifyClient(options: VerifyClientOptions): Promise<ConformanceReport> {
  const startedAt = new Date();
  const mockUrl = options.mockUrl.replace(/\/+$/, '');
  const { control } = options;
  const appid = await discoverAppid(options.startUrl, mockUrl);
  const { secret } = await control.apps.get(appid);

  const loginPageOf = (navigation: Navigation) => {
    if (!navigation.url.startsWith(`${mockUrl}/connect/`) || navigation.status !== 200) {
      throw new Error(
        `opening ${options.startUrl} ended at ${navigation.url} (HTTP ${navigation.status}), not the mock's login page`,
      );
    }
    return navigation;
  };
  const approveLink = (page: { text: string; url: string }) => {
    const href = findHref(page.text, 'data-persona', options.persona);
    if (href === null)
      throw new Error(`no approve link${options.persona ? ` for ${options.persona}` : ''} on ${page.url}`);
    return new URL(href, page.url).href;
  };
  const session: ClientSession = {
    appid,
    secret,
    newBrowser: () => new ScriptedBrowser(),
    startLogin: async (browser) => loginPageOf(await browser.navigate(options.startUrl)),
    async callbackUrl(browser, loginPage) {
      const allowed = await browser.request(approveLink(loginPage));
      if (allowed.location === null)
        throw new Error(`approving on the mock answered HTTP ${allowed.status} without a redirect`);
      return new URL(allowed.location);
    },
    approve: (browser, loginPage) => browser.navigate(approveLink(loginPage)),
    async fault(input) {
      await control.faults.add({ ...input, match: { ...input.match, appid } });
    },
    async snsCalls() {
      const entries = await control.journal.find({ appid, limit: 1000 });
      return entries.filter((entry) => entry.path.startsWith('/sns/'));
    },
  };

  const checks = options.checks ?? CLIENT_CHECKS;
  const results: ScenarioResult[] = [];
  for (const [index, check] of checks.entries()) {
    await control.reset({ appid });
    const started = performance.now();
    const outcome = await runBounded(() => check.run(session), options.timeoutMs ?? 30_000);
    const skipped = outcome.failed && outcome.error instanceof CheckSkipped;
    const result: ScenarioResult = {
      id: check.id,
      title: check.title,
      reference: check.reference,
      status: outcome.failed ? (skipped ? 'skipped' : 'failed') : 'passed',
      reason: outcome.failed ? reasonOf(outcome.error) : null,
      missing: [],
      durationMs: Math.round(performance.now() - started),
    };
    results.push(result);
    options.onResult?.(result, index, checks.length);
  }
  await control.reset({ appid });
  return buildReport(`client ${options.startUrl}`, [], startedAt, results);
}

/** The appid in the mock's login URL that the site's login URL leads to. */
async function discoverAppid(startUrl: string, mockUrl: string): Promise<string> {
  const navigation = await new ScriptedBrowser().navigate(startUrl);
  const login = navigation.hops.find((hop) => hop.url.startsWith(`${mockUrl}/connect/`));
  const appid = login === undefined ? null : new URL(login.url).searchParams.get('appid');
  if (appid === null) {
    throw new Error(
      `opening ${startUrl} never led to the mock's login page at ${mockUrl}; is the site configured to log in through it?`,
    );
  }
  return appid;
}

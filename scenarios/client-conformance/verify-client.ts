import { MockControlError, type WeChatMock } from '../../contract/control-client/index.js';
import type { JournalEntry } from '../../contract/index.js';
import { isWeChatHost } from '../../contract/wechat-hosts.js';
import { findHref } from '../browser/html-links.js';
import { type Navigation, ScriptedBrowser } from '../browser/scripted-browser.js';
import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { buildReport } from '../runner/build-report.js';
import { reasonOf, runBounded } from '../runner/run-bounded.js';
import { probeMock } from '../targets/probe-mock.js';
import { CheckSkipped, type ClientCheck, type ClientSession } from './client-check.js';
import { CLIENT_CHECKS } from './client-checks.js';
import { discoverAppid } from './discover-appid.js';
import { expectProperCalls } from './expect-proper-calls.js';

export interface VerifyClientOptions {
  /** The site's login URL: opening it must lead the browser to the mock's login page. */
  readonly startUrl: string;
  /**
   * The mock the site logs in through (`startMockServer()`, `connectMock(url, { token })` or the started
   * container); verify-client drives its control plane and needs it to itself.
   */
  readonly mock: WeChatMock;
  /**
   * For a site that sends the browser to WeChat's own hosts (https://open.weixin.qq.com) while its server
   * reaches the mock through the preload (`node --import wechat-oauth-mock/intercept`, `WECHAT_MOCK_URL`):
   * the scripted browser then goes to the mock wherever the site sends it to one of WeChat's hosts.
   */
  readonly wechatHosts?: boolean;
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
 *
 * Every /sns call the mock receives while a check runs is the site's (by the journal's ids, so the mock must
 * not serve anyone else meanwhile), whatever app it names or fails to name: a check fails when one of them
 * names no app or another app, carries the secret where it does not belong, or was refused by WeChat without
 * a fault of the check causing it (docs/decisions/0018-evidence-grades-and-call-attribution.md).
 * Throws, before any check, when the mock or the site cannot be verified at all, saying why.
 */
export async function verifyClient(options: VerifyClientOptions): Promise<ConformanceReport> {
  const startedAt = new Date();
  const mockUrl = options.mock.url.replace(/\/+$/, '');
  const control = options.mock;
  await expectUsableControl(control, mockUrl);
  await expectPersona(control, mockUrl, options.persona);
  const rewrite = options.wechatHosts === true ? onMock(mockUrl) : undefined;
  const browserOptions = rewrite === undefined ? {} : { rewrite };
  const appid = await discoverAppid(options.startUrl, mockUrl, browserOptions);
  const { secret } = await control.apps.get(appid).catch((error: unknown) => {
    if (error instanceof MockControlError && error.code === 'unknown_app') {
      throw new Error(`the mock at ${mockUrl} does not know the site's app ${appid}`);
    }
    throw error;
  });

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
  let mark = 0;
  const session: ClientSession = {
    appid,
    secret,
    newBrowser: () => new ScriptedBrowser(browserOptions),
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
    snsCalls: () => snsCallsAfter(control, mark),
  };

  const checks = options.checks ?? CLIENT_CHECKS;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const results: ScenarioResult[] = [];
  for (const [index, check] of checks.entries()) {
    await control.reset({ appid });
    mark = await control.journal.lastId();
    const started = performance.now();
    const outcome = await runBounded(() => check.run(session), timeoutMs);
    const skipped = outcome.failed && outcome.error instanceof CheckSkipped;
    // Calls the check did not look for still count: a site that passes a check by luck, with a call
    // WeChat would refuse on the side, fails it.
    const misuse =
      outcome.failed && !skipped
        ? outcome
        : await runBounded(async () => {
            expectProperCalls(await session.snsCalls(), appid);
          }, timeoutMs);
    const failure = outcome.failed && !skipped ? outcome.error : misuse.failed ? misuse.error : null;
    const result: ScenarioResult = {
      id: check.id,
      title: check.title,
      reference: check.reference,
      evidence: check.evidence,
      status: failure !== null ? 'failed' : skipped ? 'skipped' : 'passed',
      reason: failure !== null ? reasonOf(failure) : outcome.failed ? reasonOf(outcome.error) : null,
      missing: [],
      durationMs: Math.round(performance.now() - started),
    };
    results.push(result);
    options.onResult?.(result, index, checks.length);
  }
  await control.reset({ appid });
  return buildReport(`client ${options.startUrl}`, [], startedAt, results);
}

/** Moves a URL on one of WeChat's hosts onto the mock, path and query kept. */
function onMock(mockUrl: string): (url: URL) => URL {
  return (url) => (isWeChatHost(url.hostname) ? new URL(`${url.pathname}${url.search}`, `${mockUrl}/`) : url);
}

/** Throws, saying why and what to do, unless `mock` is this mock with its control plane usable. */
async function expectUsableControl(mock: WeChatMock, mockUrl: string): Promise<void> {
  const probe = await probeMock(mockUrl);
  if (probe === 'foreign') {
    throw new Error(
      `the server at ${mockUrl} is not wechat-oauth-mock (its GET /__mock/health lacks the signature): verify-client drives this mock's control plane`,
    );
  }
  if (probe === 'control-off') {
    throw new Error(
      `the mock at ${mockUrl} runs with its control plane switched off (--control-off), and verify-client needs it to inject faults and read the journal: restart that mock without --control-off, or leave out --mock-url and let verify-client start one`,
    );
  }
  if (probe === 'control-needs-token') {
    await mock.journal.lastId().catch((error: unknown) => {
      if (error instanceof MockControlError && error.code === 'unauthorized') {
        throw new Error(
          `the mock at ${mockUrl} demands a control token: pass --control-token (env WECHAT_MOCK_CONTROL_TOKEN)`,
        );
      }
      throw error;
    });
  }
}

/** Throws when `persona` is given and the mock has no such persona, naming those it has. */
async function expectPersona(mock: WeChatMock, mockUrl: string, persona: string | undefined): Promise<void> {
  if (persona === undefined) return;
  const keys = (await mock.personas.list()).map((known) => known.key);
  if (!keys.includes(persona)) {
    throw new Error(`the mock at ${mockUrl} has no persona ${persona}; it has ${keys.join(', ') || 'none'}`);
  }
}

/** Every /sns call the mock journalled after entry `mark`, whatever app it names, oldest first. */
async function snsCallsAfter(mock: WeChatMock, mark: number): Promise<JournalEntry[]> {
  const entries = await mock.journal.find({ after: mark, limit: 1000 });
  return entries.filter((entry) => entry.path.startsWith('/sns/'));
}

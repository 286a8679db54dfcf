import type Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateGuard, WeChatOAuthClient } from '../../client/index.js';
import { createWebsite } from '../../examples/website/website.js';
import { type StartedMock, startMockServer } from '../../mock-server/index.js';
import { freePort } from '../../test-support/free-port.js';
import { type ServedSite, serveAtOwnUrl } from '../../test-support/serve-at-own-url.js';
import { WEBSITE } from '../../test-support/test-mock.js';
import type { ConformanceReport } from '../model/scenario-result.js';
import type { ClientCheck } from './client-check.js';
import { CLIENT_CHECKS } from './client-checks.js';
import { expectNoServerError } from './site-expect.js';
import { type CarelessHabit, createCarelessWebsite } from './test-support/careless-website.js';
import { verifyClient } from './verify-client.js';

let mock: StartedMock;
const sites: ServedSite[] = [];
beforeAll(async () => {
  mock = await startMockServer({ logFormat: 'silent' });
});
afterAll(async () => {
  for (const site of sites) await site.close();
  await mock.close();
});

/** Serves the site that `build` makes for its own base URL, on a free loopback port. */
async function serve(build: (publicUrl: string) => Koa): Promise<string> {
  const site = await serveAtOwnUrl(build);
  sites.push(site);
  return site.url;
}

const careless = (habits?: readonly CarelessHabit[], mockUrl = mock.url) =>
  serve((publicUrl) =>
    createCarelessWebsite({ mockUrl, ...WEBSITE, publicUrl, ...(habits === undefined ? {} : { habits }) }),
  );

const failedChecks = (report: ConformanceReport) =>
  report.results.filter((result) => result.status === 'failed').map((result) => result.id);
const reasons = (report: ConformanceReport) => Object.fromEntries(report.results.map((r) => [r.id, r.reason]));

describe('verify-client judges a website’s WeChat login through the mock', () => {
  it('passes the example website on every check', async () => {
    const site = await serve((publicUrl) =>
      createWebsite({
        client: new WeChatOAuthClient({ ...WEBSITE, openBaseUrl: mock.url, apiBaseUrl: mock.url, retry: false }),
        stateGuard: new StateGuard({ secret: 'verify-client-test-secret-32-bytes' }),
        publicUrl,
      }),
    );
    const report = await verifyClient({ startUrl: `${site}/login`, mock });
    expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(report.counts.passed).toBe(CLIENT_CHECKS.length);
  });

  it('passes the test site with none of its careless habits', async () => {
    const report = await verifyClient({ startUrl: `${await careless([])}/login`, mock });
    expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
  });

  it('fails the seed’s careless website exactly where it is careless', async () => {
    const report = await verifyClient({ startUrl: `${await careless()}/login`, mock });
    expect(failedChecks(report)).toEqual([
      'client.tampered-state-refused',
      'client.missing-state-refused',
      'client.replayed-callback-not-exchanged-twice',
      'client.exchange-40029-handled',
      'client.exchange-40163-handled',
      'client.exchange-minus1-handled',
      'client.userinfo-42001-refreshes',
    ]);
    const why = reasons(report);
    expect(why['client.tampered-state-refused']).toContain('the site exchanged a code 1 time(s), expected 0');
    expect(why['client.replayed-callback-not-exchanged-twice']).toContain('exchanged a code 2 time(s), expected 1');
    expect(why['client.exchange-40029-handled']).toMatch(/the site answered HTTP 500|called \/sns\/userinfo/);
  });

  // Each habit alone, and the checks it must fail: the last four slip past a check that reads only the
  // journal entries naming the site's app, or only the calls it looks for.
  const HABITS: Readonly<Record<CarelessHabit, readonly string[]>> = {
    'fixed-state': [
      'client.tampered-state-refused',
      'client.missing-state-refused',
      'client.replayed-callback-not-exchanged-twice',
    ],
    'errors-as-500': [
      'client.exchange-40029-handled',
      'client.exchange-40163-handled',
      'client.exchange-minus1-handled',
    ],
    'no-refresh': ['client.userinfo-42001-refreshes'],
    'userinfo-whatever': [
      'client.exchange-40029-handled',
      'client.exchange-40163-handled',
      'client.exchange-minus1-handled',
    ],
    'wrong-appid': [
      'client.happy-path',
      'client.replayed-callback-not-exchanged-twice',
      'client.exchange-40029-handled',
      'client.exchange-40163-handled',
      'client.exchange-minus1-handled',
      'client.userinfo-42001-refreshes',
      'client.secret-never-in-browser',
    ],
    'secret-to-userinfo': [
      'client.happy-path',
      'client.replayed-callback-not-exchanged-twice',
      'client.userinfo-42001-refreshes',
      'client.secret-never-in-browser',
    ],
    'refresh-unknown-token': ['client.userinfo-42001-refreshes'],
  };
  for (const [habit, failing] of Object.entries(HABITS)) {
    it(`fails a site whose only careless habit is ${habit} on ${failing.length} check(s)`, async () => {
      const report = await verifyClient({ startUrl: `${await careless([habit as CarelessHabit])}/login`, mock });
      expect(failedChecks(report)).toEqual(failing);
    });
  }

  it('names the call WeChat cannot attribute: userinfo with access_token=undefined after a failed exchange', async () => {
    const report = await verifyClient({
      startUrl: `${await careless(['userinfo-whatever'])}/login`,
      mock,
      checks: CLIENT_CHECKS.filter((check) => check.id === 'client.exchange-40029-handled'),
    });
    expect(report.results[0]?.reason).toContain('the site called /sns/userinfo 1 time(s) after the exchange failed');
  });

  it('attributes that call to the site even in a check that does not look for it', async () => {
    const onlyNoServerError: ClientCheck = {
      id: 'test.exchange-fails',
      title: 'an exchange answered 40029, judged only by the absence of a 5xx',
      reference: '§3.3',
      evidence: 'captured',
      async run(session) {
        await session.fault({
          match: { endpoint: '/sns/oauth2/access_token' },
          effect: { type: 'errcode', errcode: 40029 },
        });
        const browser = session.newBrowser();
        expectNoServerError(await session.approve(browser, await session.startLogin(browser)));
      },
    };
    const report = await verifyClient({
      startUrl: `${await careless(['userinfo-whatever'])}/login`,
      mock,
      checks: [onlyNoServerError],
    });
    expect(report.results[0]?.status).toBe('failed');
    expect(report.results[0]?.reason).toBe(
      'the site called GET /sns/userinfo?access_token=…&openid=undefined, which names no app WeChat knows (a token or code it never received?)',
    );
  });

  it('fails a check the site passes by luck when a call on the side names another app or leaks the secret', async () => {
    // One after another: verify-client needs the mock to itself while it runs.
    const reports: ConformanceReport[] = [];
    for (const habit of ['wrong-appid', 'secret-to-userinfo', 'refresh-unknown-token'] as const) {
      reports.push(
        await verifyClient({
          startUrl: `${await careless([habit])}/login`,
          mock,
          checks: CLIENT_CHECKS.filter((check) => check.id === 'client.secret-never-in-browser'),
        }),
      );
    }
    const [wrongApp, secret, badRefresh] = reports;
    expect(wrongApp?.results[0]?.reason).toMatch(
      /^the site called GET \/sns\/oauth2\/access_token\?appid=wx0123456789abcdef.* (for the app wx0123456789abcdef|which names no app)/,
    );
    expect(secret?.results[0]?.reason).toBe(
      'the site sent its app secret to /sns/userinfo, which does not take it (only the code exchange does, §3.1)',
    );
    expect(badRefresh?.results[0]?.status).toBe('passed');
  });
});

describe('verify-client says what a site owner can act on, before any check', () => {
  it('names the start URL and the cause when the site does not answer', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    await expect(verifyClient({ startUrl: `${down}/login`, mock })).rejects.toThrow(
      `the site does not answer: could not open ${down}/login: connection refused (nothing listens there); is it running?`,
    );
  });

  it('says where the browser went when the site logs in through localhost and the mock is given as 127.0.0.1', async () => {
    const localhostUrl = mock.url.replace('127.0.0.1', 'localhost');
    const site = await careless(undefined, localhostUrl);
    const { port } = new URL(mock.url);
    await expect(verifyClient({ startUrl: `${site}/login`, mock })).rejects.toThrow(
      `opening ${site}/login sent the browser to http://localhost:${port}/connect/qrconnect, not to the mock at ${mock.url}: the site logs in through http://localhost:${port}. If the mock runs there, pass --mock-url http://localhost:${port}; otherwise configure the site with ${mock.url}`,
    );
  });

  it('says clearly when the start URL does not lead to the mock', async () => {
    const site = await careless();
    await expect(verifyClient({ startUrl: `${site}/nothing-here`, mock })).rejects.toThrow(
      `opening ${site}/nothing-here ended at ${site}/nothing-here (HTTP 404) and never led to the mock's login page at ${mock.url}`,
    );
  });

  it('refuses an unknown persona up front, naming those the mock has', async () => {
    await expect(verifyClient({ startUrl: `${await careless([])}/login`, mock, persona: 'nobody' })).rejects.toThrow(
      /^the mock at http:\/\/127\.0\.0\.1:\d+ has no persona nobody; it has [a-z]+(, [a-z]+)+$/,
    );
  });

  it('refuses a mock whose control plane is off, with the reason', async () => {
    const off = await startMockServer({ logFormat: 'silent', config: { control: { enabled: false } } });
    try {
      await expect(verifyClient({ startUrl: 'http://127.0.0.1:1/login', mock: off })).rejects.toThrow(
        `the mock at ${off.url} runs with its control plane switched off (--control-off), and verify-client needs it to inject faults and read the journal`,
      );
    } finally {
      await off.close();
    }
  });
});

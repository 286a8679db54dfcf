import type Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateGuard, WeChatOAuthClient } from '../../client/index.js';
import { createWebsite } from '../../examples/website/website.js';
import { type StartedMock, startMockServer } from '../../mock-server/index.js';
import { type ServedSite, serveAtOwnUrl } from '../../test-support/serve-at-own-url.js';
import { WEBSITE } from '../../test-support/test-mock.js';
import type { ConformanceReport } from '../model/scenario-result.js';
import { CLIENT_CHECKS } from './client-checks.js';
import { createCarelessWebsite } from './test-support/careless-website.js';
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

const statuses = (report: ConformanceReport) => Object.fromEntries(report.results.map((r) => [r.id, r.status]));

describe('verify-client judges a website’s WeChat login through the mock', () => {
  it('passes the example website on every check', async () => {
    const site = await serve((publicUrl) =>
      createWebsite({
        client: new WeChatOAuthClient({ ...WEBSITE, openBaseUrl: mock.url, apiBaseUrl: mock.url, retry: false }),
        stateGuard: new StateGuard({ secret: 'verify-client-test-secret-32-bytes' }),
        publicUrl,
      }),
    );
    const report = await verifyClient({ startUrl: `${site}/login`, mockUrl: mock.url, control: mock });
    expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(report.counts.passed).toBe(CLIENT_CHECKS.length);
  });

  it('fails the careless website exactly where it is careless', async () => {
    const site = await serve((publicUrl) => createCarelessWebsite({ mockUrl: mock.url, ...WEBSITE, publicUrl }));
    const report = await verifyClient({ startUrl: `${site}/login`, mockUrl: mock.url, control: mock });
    expect(statuses(report)).toEqual({
      'client.happy-path': 'passed',
      'client.tampered-state-refused': 'failed',
      'client.missing-state-refused': 'failed',
      'client.replayed-callback-not-exchanged-twice': 'failed',
      'client.exchange-40029-handled': 'failed',
      'client.exchange-40163-handled': 'failed',
      'client.exchange-minus1-handled': 'failed',
      'client.userinfo-42001-refreshes': 'failed',
      'client.secret-never-in-browser': 'passed',
    });
    const reasons = Object.fromEntries(report.results.map((r) => [r.id, r.reason]));
    expect(reasons['client.tampered-state-refused']).toContain('the site exchanged a code 1 time(s), expected 0');
    expect(reasons['client.replayed-callback-not-exchanged-twice']).toContain('exchanged a code 2 time(s), expected 1');
    expect(reasons['client.exchange-40029-handled']).toMatch(/the site answered HTTP 500|called \/sns\/userinfo/);
  });

  it('says clearly when the start URL does not lead to the mock', async () => {
    const elsewhere = await serve(() =>
      createCarelessWebsite({ mockUrl: 'http://127.0.0.1:9', ...WEBSITE, publicUrl: '' }),
    );
    await expect(
      verifyClient({ startUrl: `${elsewhere}/nothing-here`, mockUrl: mock.url, control: mock }),
    ).rejects.toThrow(`never led to the mock's login page at ${mock.url}`);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium, loopbackPage } from '../../test-support/chromium.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

/** What a page on another site tries against the mock's open control plane, from the developer's browser. */
const ATTACK = `
async function attack(mock) {
  const tried = {};
  const write = (path, init) => fetch(mock + path, { method: 'POST', mode: 'no-cors', ...init }).then(() => 'sent', (e) => String(e));
  tried.advance = await write('/__mock/clock/advance', { headers: { 'content-type': 'text/plain' }, body: '{"seconds":86400}' });
  tried.freeze = await write('/__mock/clock/freeze', {});
  tried.read = await fetch(mock + '/__mock/apps').then((r) => r.text(), (e) => 'refused: ' + e);
  tried.json = await fetch(mock + '/__mock/clock/advance', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"seconds":86400}',
  }).then((r) => r.status, (e) => 'refused: ' + e);
  return tried;
}`;

describe.skipIf(chromiumSkipReason !== undefined)(
  'the open control plane in a real browser (docs/decisions/0013)',
  () => {
    let browser: Browser;
    let mock: TestMock;
    let evil: Server;
    let evilUrl: string;
    beforeAll(async () => {
      [browser, mock] = await Promise.all([launchChromium(), startTestMock()]);
      evil = createServer((_, res) => {
        res.setHeader('content-type', 'text/html');
        res.end(`<!doctype html><title>another site</title><script>${ATTACK}</script>`);
      });
      await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
      evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await browser?.close();
      evil?.close();
      await mock?.close();
    });

    it('lets a page on another site neither move nor freeze the clock, nor read the apps', async () => {
      const page = await loopbackPage(browser, { width: 400, height: 300 });
      await page.goto(evilUrl);
      const tried = (await page.evaluate(`attack(${JSON.stringify(mock.url)})`)) as Record<string, unknown>;
      expect(String(tried.read)).toMatch(/^refused/);
      expect(String(tried.json)).toMatch(/^refused/);
      expect(String(tried.read)).not.toContain(WEBSITE.secret);
      const data = await mock.clock.now();
      expect(data.frozen).toBe(false);
      expect(Math.abs(data.offsetMs)).toBeLessThan(1000);
    });

    it("lets a page of the mock's own origin call the control plane with JSON", async () => {
      const page = await loopbackPage(browser, { width: 400, height: 300 });
      await page.goto(`${mock.url}/__mock/health`);
      const status = await page.evaluate(
        `fetch('/__mock/codes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appid: '${WEBSITE.appid}', persona: 'lisi' }) }).then((r) => r.status)`,
      );
      expect(status).toBe(201);
    });
  },
);

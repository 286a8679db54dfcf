import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';

/** Debian's Chromium, installed by .ci/setup.d/20-chromium.sh (browsers are never downloaded). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumInstalled = existsSync(CHROMIUM_PATH);

/**
 * Why the browser tests cannot run on this machine, or undefined when they can. Under CI=true they never
 * skip: a missing Chromium then fails them.
 */
export const chromiumSkipReason =
  chromiumInstalled || process.env.CI === 'true'
    ? undefined
    : `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;

if (chromiumSkipReason !== undefined) console.warn(chromiumSkipReason);

/** Starts headless Chromium the way the CI image can run it (no sandbox as root, no GPU, no /dev/shm). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    timeout: 10_000,
  });
}

/** Where screenshots go: reports/screenshots/ (a gitignored test artifact). */
export async function screenshotPath(name: string): Promise<string> {
  const dir = path.resolve('reports', 'screenshots');
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/**
 * A page in a context of its own that reaches only 127.0.0.1: tests talk to nothing else, so requests
 * elsewhere (the demo personas' avatar URLs) are refused, and the pages show initials instead.
 */
export async function loopbackPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context.newPage();
}

/** Waits until the QR page in `target` shows its QR image (expressions run in the page, as strings). */
export async function waitForQrImage(target: Page | Frame): Promise<void> {
  await target.waitForFunction("document.querySelector('img.qrcode')?.naturalWidth > 0");
}

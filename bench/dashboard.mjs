// `npm run bench:dashboard`: how fast the dashboard (/__mock/ui/, docs/decisions/0021) opens and scrolls, in
// headless Chromium, against the built CLI.
//
// 1. Open time: navigation start → the first render of the journal list (the page's own
//    `performance.mark('dashboard:first-journal-render')`), over BENCH_DASHBOARD_OPENS opens, each in a new
//    browser context (a first visit: nothing cached) and again in one kept context (a return visit: the
//    shell revalidated by ETag, script and style from the cache). With each, what the page did on the way:
//    when the shell, script and style arrived, when the first journal read was sent and answered, the
//    requests made before the first render and the bytes they carried. Issue 18 wants < 300 ms.
// 2. Scrolling 10,000 journal entries: the list top to bottom and back in BENCH_DASHBOARD_STEPS steps each
//    way, one animation frame a step; frame intervals (median, p95, max), script/layout/style time from the
//    DevTools metrics, and the most rows the DOM held.
//
// Medians are printed, never judged: the figures depend on the machine's load (printed with them).
// Only 127.0.0.1 is contacted; the config goes to a temporary directory that is removed at the end.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { freePort, killAllChildren, spawnNode, stopChild, waitForHealth } from './lib/children.mjs';
import { fmt, median } from './lib/stats.mjs';
import { MOCK_CLI, ROOT } from './lib/targets.mjs';

const OPENS = Number(process.env.BENCH_DASHBOARD_OPENS ?? 15);
const STEPS = Number(process.env.BENCH_DASHBOARD_STEPS ?? 100);
const ENTRIES = 10_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (line) => process.stderr.write(`${line}\n`);
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const stats = (values) =>
  `median ${fmt(median(values))}, min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))}`;

/** What one open did, read from the page's own timing entries (ms since navigation start). */
const OPEN_TIMING = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const render = performance.getEntriesByName('dashboard:first-journal-render')[0]?.startTime ?? -1;
  const find = (part) => resources.find((r) => r.name.includes(part));
  const before = resources.filter((r) => r.startTime < render);
  return {
    render,
    shell: nav.responseEnd,
    script: find('/__mock/ui/dashboard.js')?.responseEnd ?? -1,
    style: find('/__mock/ui/dashboard.css')?.responseEnd ?? -1,
    domContentLoaded: nav.domContentLoadedEventEnd,
    journalSent: find('/__mock/journal')?.startTime ?? -1,
    journalAnswered: find('/__mock/journal')?.responseEnd ?? -1,
    requestsBefore: 1 + before.length,
    bytesBefore: nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0),
  };
})()`;

/** Waits for the page's first journal render (polled from outside: the page's CSP forbids eval). */
async function rendered(page) {
  for (let waited = 0; waited < 30_000; waited += 10) {
    if (await page.evaluate("performance.getEntriesByName('dashboard:first-journal-render').length > 0")) return;
    await sleep(10);
  }
  throw new Error('the dashboard never rendered its journal');
}

async function opens(browser, url, keepContext) {
  const rows = [];
  const kept = keepContext ? await browser.newContext({ viewport: { width: 1280, height: 800 } }) : null;
  // One unmeasured open warms Chromium itself (and, in the kept context, the cache).
  for (let i = -1; i < OPENS; i++) {
    const context = kept ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }));
    const page = await context.newPage();
    await page.goto(url);
    await rendered(page);
    if (i >= 0) rows.push(await page.evaluate(OPEN_TIMING));
    await page.close();
    if (kept === null) await context.close();
  }
  await kept?.close();
  return rows;
}

function reportOpens(title, rows) {
  log(`\n${title} (${rows.length} opens, ms since navigation start):`);
  for (const key of ['shell', 'style', 'script', 'domContentLoaded', 'journalSent', 'journalAnswered', 'render']) {
    log(`  ${key.padEnd(16)} ${stats(rows.map((r) => r[key]))}`);
  }
  log(`  requests before the first render: ${stats(rows.map((r) => r.requestsBefore))}`);
  log(`  bytes over the wire before it:    ${stats(rows.map((r) => r.bytesBefore))}`);
}

/** Scrolls the journal list down and back, one step a frame; frame intervals and DevTools metrics. */
async function scroll(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText(`${ENTRIES} / ${ENTRIES}`).waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const run = await page.evaluate(`(async () => {
    const list = document.querySelector('[role="listbox"]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const frames = [];
    let rows = 0;
    let last = await frame();
    const steps = ${STEPS};
    for (const i of [...Array(steps).keys(), ...Array(steps + 1).keys()].map((k, n) => (n < steps ? k + 1 : steps - k))) {
      list.scrollTop = ((list.scrollHeight - list.clientHeight) * i) / steps;
      const now = await frame();
      frames.push(now - last);
      last = now;
      rows = Math.max(rows, list.querySelectorAll('[role="option"]').length);
    }
    return { frames, rows };
  })()`);
  const after = await metrics();
  await context.close();
  const ms = (key) => ((after[key] ?? 0) - (before[key] ?? 0)) * 1000;
  const { frames, rows } = run;
  log(`\nscrolling ${ENTRIES} entries: ${frames.length} steps (down and back), one frame each:`);
  log(
    `  frame interval ms: median ${fmt(median(frames), 1)}, p95 ${fmt(p95(frames), 1)}, max ${fmt(Math.max(...frames), 1)}`,
  );
  log(
    `  script ${fmt(ms('ScriptDuration'))} ms, layout ${fmt(ms('LayoutDuration'))} ms, style ${fmt(ms('RecalcStyleDuration'))} ms in all`,
  );
  log(`  most rows in the DOM at once: ${rows}`);
}

async function startMock(dir, journalSize) {
  const config = join(dir, `journal-${journalSize}.json`);
  await writeFile(config, JSON.stringify({ journalSize }));
  const port = await freePort();
  const child = spawnNode([
    join(ROOT, MOCK_CLI),
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--log',
    'silent',
    '--config',
    config,
  ]);
  await waitForHealth(child, port, 'mock');
  return { child, url: `http://127.0.0.1:${port}` };
}

/** `count` real requests (/sns/auth with tokens the mock never issued), 20 at a time. */
async function fillJournal(url, count) {
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, j) =>
      fetch(`${url}/sns/auth?access_token=t${i + j}&openid=o${(i + j) % 50}`).then((r) => r.arrayBuffer()),
    );
    await Promise.all(batch);
  }
}

const dir = await mkdtemp(join(tmpdir(), 'wechat-mock-bench-dashboard-'));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  log(
    `dashboard bench: ${MOCK_CLI}, Chromium ${browser.version()}, load average ${loadavg()
      .map((l) => fmt(l, 1))
      .join(' ')}`,
  );
  const small = await startMock(dir, 1000);
  await fillJournal(small.url, 12);
  const page = `${small.url}/__mock/ui/?lang=en`;
  reportOpens('first visits, a journal of 12 entries', await opens(browser, page, false));
  reportOpens('return visits, a journal of 12 entries', await opens(browser, page, true));
  await stopChild(small.child);

  const big = await startMock(dir, ENTRIES);
  await fillJournal(big.url, ENTRIES);
  const bigPage = `${big.url}/__mock/ui/?lang=en`;
  reportOpens(`first visits, a journal of ${ENTRIES} entries`, await opens(browser, bigPage, false));
  await scroll(browser, bigPage);
  await stopChild(big.child);
  log(
    `\nload average after: ${loadavg()
      .map((l) => fmt(l, 1))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  killAllChildren();
  await rm(dir, { recursive: true, force: true });
}

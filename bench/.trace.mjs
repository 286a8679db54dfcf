import { chromium } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const sums = {};
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  await page.goto(url);
  await sleep(400);
  const buf = await browser.stopTracing();
  await context.close();
  if (i === 0) continue;
  const { traceEvents } = JSON.parse(buf.toString());
  const t0 = traceEvents.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const render = traceEvents.find((e) => e.name === 'dashboard:first-journal-render');
  const out = [];
  for (const e of traceEvents) if (e.ph === 'X' && ['Layout', 'UpdateLayoutTree', 'EvaluateScript', 'Paint', 'FunctionCall', 'ParseHTML'].includes(e.name) && e.dur > 2000 && e.ts - t0 < 250000) out.push(`${e.name}@${Math.round((e.ts - t0) / 1000)}:${Math.round(e.dur / 1000)}`);
  console.log(`render@${render ? Math.round((render.ts - t0) / 1000) : '?'}`, out.join(' '));
}
await browser.close();

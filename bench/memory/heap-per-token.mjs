// Heap per live token: issue 100,000 grants into a fresh MockModel and divide the heap growth by their
// number. Also, as information, the heap per full code exchange (mint + redeem + issue; the spent code
// is kept until twice its lifetime). Run with `node --expose-gc`; prints `RESULT {json}` on stdout.
import { performance } from 'node:perf_hooks';
import { demoModel, progress, SCOPE, settledMemory } from './model.mjs';

const COUNT = Number(process.env.BENCH_HEAP_TOKENS ?? 100_000);

// Warm the code paths (and their compiled code) in a throw-away model first.
{
  const { model, app, persona, openid } = demoModel();
  for (let i = 0; i < 2000; i++) {
    const { code } = model.codes.mint(app, persona, SCOPE);
    model.codes.redeem(code, app);
    model.tokens.issue(app, persona, openid, SCOPE);
  }
}

function measure(label, step) {
  const { model, app, persona, openid } = demoModel();
  const before = settledMemory().heapUsed;
  const started = performance.now();
  for (let i = 0; i < COUNT; i++) step(model, app, persona, openid);
  const ms = performance.now() - started;
  const after = settledMemory().heapUsed;
  const held = { tokens: model.tokens.size, codes: model.codes.size };
  if (held.tokens !== COUNT) throw new Error(`${label}: expected ${COUNT} grants held, found ${held.tokens}`);
  const bytesPer = (after - before) / COUNT;
  progress(
    `  ${label}: ${COUNT} in ${ms.toFixed(0)} ms, heap +${((after - before) / 2 ** 20).toFixed(1)} MiB = ${bytesPer.toFixed(0)} B each`,
  );
  return { count: COUNT, heapBefore: before, heapAfter: after, bytesPer, ms, held };
}

const perToken = measure('issue', (model, app, persona, openid) => model.tokens.issue(app, persona, openid, SCOPE));
const perExchange = measure('mint + redeem + issue', (model, app, persona, openid) => {
  const { code } = model.codes.mint(app, persona, SCOPE);
  const issued = model.codes.redeem(code, app);
  model.tokens.issue(app, issued.persona, openid, issued.scope);
});

process.stdout.write(`RESULT ${JSON.stringify({ perToken, perExchange })}\n`);

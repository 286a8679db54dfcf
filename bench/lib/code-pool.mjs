// Codes for a code-exchange load run: every exchange needs a fresh code, minted beforehand through the
// mock's control plane (POST /__mock/codes) outside the timed windows.
import { performance } from 'node:perf_hooks';
import { exchangeRequest, mintCodes, newTally, runLoad } from './load.mjs';
import { fmt } from './stats.mjs';

/**
 * A pool of codes for the mock on `port`: `warmUp()` exchanges a first pool (its rate sizes the pools of
 * the timed segments; it starts cold, so until a timed segment shows the real rate, 4x is assumed),
 * `topUp()` mints what the next segment needs (2x what the fastest rate seen so far needs, `poolHeadroom`),
 * `observe(run)` records a segment's rate, and `request` takes the next code on every request.
 */
export function codePool(port, config, tally, log, name) {
  const { connections, segmentS } = config;
  const pool = [];
  const cursor = { next: 0 };
  const minting = { codes: 0, ms: 0 };
  let rate = 0;
  return {
    minting,
    request: exchangeRequest(pool, cursor, tally, { wrap: false }),
    /** Points the pool's "spent" stop at the running instance, so that a dry pool ends the run early. */
    onInstance: (run) => {
      cursor.stop = () => run.stop();
    },
    async warmUp() {
      const warmPool = (await mintCodes({ port, connections, count: config.warmupCodes })).codes;
      const warmAmount = Math.floor((warmPool.length - 2 * connections) / connections) * connections;
      const warmTally = newTally();
      const warm = await runLoad({
        port,
        connections,
        amount: warmAmount,
        request: exchangeRequest(warmPool, { next: 0 }, warmTally, { wrap: false }),
      });
      const warmRate = warm.total / warm.durationS;
      rate = 4 * warmRate;
      log(`  exchange ${name}: warm-up of ${warm.total} exchanges at ${fmt(warmRate)}/s (${warmTally.failed} failed)`);
      if (warmTally.ok === 0) throw new Error(`no code exchange succeeded in the warm-up: ${warmTally.firstFailure}`);
      return warmRate;
    },
    async topUp() {
      const need = Math.ceil(rate * segmentS * config.poolHeadroom) + 4 * connections;
      const remaining = pool.length - cursor.next;
      if (remaining >= need) return;
      const started = performance.now();
      const { minted } = await mintCodes({ port, connections, count: need - remaining, into: pool });
      minting.codes += minted;
      minting.ms += performance.now() - started;
    },
    observe(run) {
      rate = Math.max(rate, run.total / run.durationS);
    },
  };
}

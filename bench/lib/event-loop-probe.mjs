// Loaded into a mock process with `node --import` by bench/state-file.mjs: every 500 ms one line on stdout,
// `{"eventLoopGapMs":N}`, the longest time in those 500 ms between two turns of the process's event loop
// (a 1 ms timer: its own millisecond is taken off). Measured inside the server, so it is what a request
// arriving then would have waited, apart from the scheduling of the process by the operating system.
import { performance } from 'node:perf_hooks';

let last = performance.now();
let longest = 0;
const tick = () => {
  const now = performance.now();
  longest = Math.max(longest, now - last - 1);
  last = now;
  setTimeout(tick, 1).unref();
};
setTimeout(tick, 1).unref();
setInterval(() => {
  process.stdout.write(`${JSON.stringify({ eventLoopGapMs: +Math.max(0, longest).toFixed(1) })}\n`);
  longest = 0;
}, 500).unref();

// Load runs cut into short segments, the servers taking turns in a rotating order, so that the machine's
// noise falls on all of them alike.
import { percentile, runLoad } from './load.mjs';

/**
 * `rounds` rounds of one `segmentS` run per server of `targets` (rotating who goes first); `servers[name]`
 * holds its `port` and `cpuMs()`, the CPU time its processes have used so far (null where unknown); `requestFor(target)` gives
 * the autocannon request of a server (built once, so state such as a code pool carries over);
 * `beforeSegment(target)` and `afterSegment(target, run)` run around each segment, outside its window.
 */
export async function interleaved(
  servers,
  targets,
  config,
  { requestFor, beforeSegment = async () => {}, afterSegment = () => {}, onInstance },
) {
  const { connections, rounds, segmentS } = config;
  const acc = Object.fromEntries(
    targets.map((t) => [
      t.name,
      { total: 0, durationS: 0, cpuMs: 0, errors: 0, timeouts: 0, non2xx: 0, latencies: [], segments: [] },
    ]),
  );
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(round + i) % targets.length];
      const server = servers[target.name];
      const a = acc[target.name];
      await beforeSegment(target);
      const cpuBefore = server.cpuMs();
      const run = await runLoad({
        port: server.port,
        connections,
        duration: segmentS,
        request: requestFor(target),
        latencies: a.latencies,
        onInstance: (run) => onInstance?.(target, run),
      });
      const cpuAfter = server.cpuMs();
      afterSegment(target, run);
      a.cpuMs = cpuBefore === null || cpuAfter === null || a.cpuMs === null ? null : a.cpuMs + cpuAfter - cpuBefore;
      a.total += run.total;
      a.durationS += run.durationS;
      a.errors += run.errors;
      a.timeouts += run.timeouts;
      a.non2xx += run.non2xx;
      a.segments.push({ reqPerSec: Math.round(run.total / run.durationS), p99Ms: run.latencyP99Ms });
    }
  }
  return Object.fromEntries(
    targets.map((t) => {
      const { latencies, cpuMs, ...a } = acc[t.name];
      return [
        t.name,
        {
          ...a,
          reqPerSec: a.total / a.durationS,
          latencyP50Ms: percentile(latencies, 50),
          latencyP99Ms: percentile(latencies, 99),
          serverCpuUsPerReq: cpuMs === null || a.total === 0 ? null : (cpuMs * 1000) / a.total,
        },
      ];
    }),
  );
}

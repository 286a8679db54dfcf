// Requests at a steady rate, each timed from when it was due (not when it was sent): a server that stalls
// for 40 ms makes every request due in those 40 ms wait, and each one's wait is counted. autocannon's rate
// limit sends each second's requests in a burst at the start of the second, which measures the burst.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * GETs `path` on 127.0.0.1:port `rate` times a second for `seconds`, over at most `connections` kept-alive
 * connections. Resolves to every request's latency (ms, from its due time to the end of its answer), how many
 * were sent, and how many failed (no answer, not 200, or a WeChat errcode in the body).
 */
export async function pacedLoad({ port, path, rate, seconds, connections }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const pending = new Set();
  let failed = 0;
  const total = Math.round(rate * seconds);
  const gapMs = 1000 / rate;
  const started = performance.now();
  let sent = 0;

  const fire = (due) => {
    const answered = new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => {
          latencies.push(performance.now() - due);
          if (res.statusCode !== 200 || body.includes('"errcode"')) failed++;
          resolve();
        });
      });
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end();
    });
    pending.add(answered);
    answered.then(() => pending.delete(answered));
  };

  await new Promise((resolve) => {
    const pump = () => {
      const now = performance.now();
      for (; sent < total && started + sent * gapMs <= now; sent++) fire(started + sent * gapMs);
      if (sent < total) setTimeout(pump, 1);
      else resolve();
    };
    pump();
  });
  await Promise.all(pending);
  agent.destroy();
  return { latencies, sent, failed, seconds: (performance.now() - started) / 1000 };
}

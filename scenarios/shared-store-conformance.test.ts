import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsRedis, startTestRedis, type TestRedis } from '../test-support/redis-server.js';
import { CATALOGUE } from './catalogue/index.js';
import { runConformance } from './runner/run-conformance.js';
import type { ConformanceTarget } from './targets/conformance-target.js';
import { inProcessTarget } from './targets/in-process-target.js';

// The whole catalogue against an in-process mock whose state lives in Redis (docs/decisions/0026): the same
// WeChat-visible behaviour as the memory store, through units of work, compare-and-set commits and replicas.
describe.runIf(needsRedis())('the conformance catalogue passes against a mock on a shared store', () => {
  let redis: TestRedis;
  let target: ConformanceTarget;
  beforeAll(async () => {
    redis = await startTestRedis();
    target = await inProcessTarget({ config: { store: redis.url } });
  });
  afterAll(async () => {
    await target?.close();
    await redis?.kill();
  });

  for (const scenario of CATALOGUE) {
    it(`${scenario.id}: ${scenario.title}`, async () => {
      const report = await runConformance({ target, scenarios: [scenario] });
      const [result] = report.results;
      expect(result?.reason ?? null).toBeNull();
      expect(result?.status).toBe('passed');
    });
  }
});

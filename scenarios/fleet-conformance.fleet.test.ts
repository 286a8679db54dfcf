import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fleet, missingFleetParts, startFleet } from '../test-support/fleet.js';
import { startTestRedis, type TestRedis } from '../test-support/redis-server.js';
import { CATALOGUE } from './catalogue/index.js';
import type { ConformanceReport } from './model/scenario-result.js';
import { runConformance } from './runner/run-conformance.js';
import { urlTarget } from './targets/url-target.js';

// Issue 16 item 5: the whole catalogue against two mock processes on one Redis behind haproxy, round robin per
// request (docs/decisions/0027), through the URL target as a user would point it at a shared service.
const missing = missingFleetParts();

describe.skipIf(missing !== null)('the conformance catalogue against a two-replica fleet behind a balancer', () => {
  let redis: TestRedis;
  let fleet: Fleet;
  let report: ConformanceReport;
  beforeAll(async () => {
    redis = await startTestRedis();
    fleet = await startFleet({ storeUrl: redis.url, prefix: 'fleet-conformance:', count: 2 });
    const target = await urlTarget({ url: fleet.balancer.url, controlToken: fleet.token });
    try {
      report = await runConformance({ target });
    } finally {
      await target.close();
    }
  }, 120_000);
  afterAll(async () => {
    await fleet?.stop();
    await redis?.kill();
  }, 30_000);

  it('passes every scenario, none skipped: through the control plane the fleet has every capability', () => {
    expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(report.results.filter((result) => result.status === 'passed')).toHaveLength(CATALOGUE.length);
  });
});

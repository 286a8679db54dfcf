import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue/index.js';
import { runConformance } from './runner/run-conformance.js';
import type { ConformanceTarget } from './targets/conformance-target.js';
import { inProcessTarget } from './targets/in-process-target.js';

let target: ConformanceTarget;
beforeAll(async () => {
  target = await inProcessTarget();
});
afterAll(() => target.close());

// The whole catalogue against the in-process mock, one test per scenario.
describe('the conformance catalogue passes against the in-process mock', () => {
  for (const scenario of CATALOGUE) {
    it(`${scenario.id}: ${scenario.title} (${scenario.reference})`, async () => {
      const report = await runConformance({ target, scenarios: [scenario] });
      const [result] = report.results;
      expect(result?.reason ?? null).toBeNull();
      expect(result?.status).toBe('passed');
    });
  }
});

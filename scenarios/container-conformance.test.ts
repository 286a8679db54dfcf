import { beforeAll, describe, expect, it } from 'vitest';
import { containerTestSetup } from '../test-support/container-engine.js';
import { CATALOGUE } from './catalogue/index.js';
import type { ConformanceReport } from './model/scenario-result.js';
import { runConformance } from './runner/run-conformance.js';
import { containerTarget } from './targets/container-target.js';

// Issue 5, item 3: the catalogue against the mock's container, started through the testcontainers module.
const setup = await containerTestSetup();
if (setup.missing !== null && !setup.required) console.warn(`container conformance skipped: ${setup.missing}`);

if (setup.missing !== null && setup.required) {
  it('finds a container engine and the mock image for the container target, which CI requires', () => {
    expect.fail(setup.missing ?? '');
  });
}

describe.skipIf(setup.missing !== null)('the conformance catalogue against the mock in a container', () => {
  let report: ConformanceReport;
  beforeAll(async () => {
    const target = await containerTarget({ image: setup.image, hostNetwork: setup.hostNetwork });
    try {
      report = await runConformance({ target });
    } finally {
      await target.close();
    }
  }, 120_000);

  it('passes every scenario, none skipped: the container has every capability', () => {
    expect(report.results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(report.counts.passed).toBe(CATALOGUE.length);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue/index.js';
import { runConformance } from './runner/run-conformance.js';
import type { ConformanceTarget } from './targets/conformance-target.js';
import { inProcessTarget } from './targets/in-process-target.js';

// The whole catalogue against the in-process mock, one test per scenario: once as configured by default, once
// with fidelity.requireWeChatBrowser on, where official-account pages answer only WeChat's in-app browser (§2).
for (const requireWeChatBrowser of [false, true]) {
  describe(`the conformance catalogue passes against the in-process mock (fidelity.requireWeChatBrowser ${requireWeChatBrowser ? 'on' : 'off'})`, () => {
    let target: ConformanceTarget;
    beforeAll(async () => {
      target = await inProcessTarget({ config: { fidelity: { requireWeChatBrowser } } });
    });
    afterAll(() => target.close());

    for (const scenario of CATALOGUE) {
      it(`${scenario.id}: ${scenario.title} (${scenario.reference}; ${scenario.evidence})`, async () => {
        const report = await runConformance({ target, scenarios: [scenario] });
        const [result] = report.results;
        expect(result?.reason ?? null).toBeNull();
        expect(result?.status).toBe('passed');
      });
    }
  });
}

import type { Capability } from '../model/scenario.js';
import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';

/** A report of `results` against `target`, counted. */
export function buildReport(
  target: string,
  capabilities: readonly Capability[],
  startedAt: Date,
  results: readonly ScenarioResult[],
): ConformanceReport {
  const count = (status: ScenarioResult['status']) => results.filter((result) => result.status === status).length;
  return {
    target,
    capabilities,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results,
    counts: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
  };
}

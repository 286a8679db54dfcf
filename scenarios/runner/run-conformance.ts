import { CATALOGUE } from '../catalogue/index.js';
import type { Scenario } from '../model/scenario.js';
import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { type ConformanceTarget, MISSING_CAPABILITY } from '../targets/conformance-target.js';
import { buildReport } from './build-report.js';
import { ContractValidator } from './contract-validator.js';
import { reasonOf, runBounded } from './run-bounded.js';
import { createScenarioContext } from './scenario-context.js';

export interface RunOptions {
  readonly target: ConformanceTarget;
  /** Default: the whole catalogue. */
  readonly scenarios?: readonly Scenario[];
  /** Called as each scenario ends, e.g. to print progress. */
  readonly onResult?: (result: ScenarioResult, index: number, total: number) => void;
}

/**
 * Runs scenarios one after another against a target. A scenario whose needs the target lacks is skipped
 * with the reason; one that throws or outlives the target's timeout fails with what differed.
 */
export async function runConformance(options: RunOptions): Promise<ConformanceReport> {
  const { target } = options;
  const scenarios = options.scenarios ?? CATALOGUE;
  const validator = new ContractValidator();
  const startedAt = new Date();
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const result = await runOne(scenario, target, validator);
    results.push(result);
    options.onResult?.(result, index, scenarios.length);
  }
  return buildReport(target.name, [...target.capabilities], startedAt, results);
}

async function runOne(
  scenario: Scenario,
  target: ConformanceTarget,
  validator: ContractValidator,
): Promise<ScenarioResult> {
  const base = { id: scenario.id, title: scenario.title, reference: scenario.reference };
  const missing = scenario.needs.filter((need) => !target.capabilities.has(need));
  if (missing.length > 0) {
    const reason = `needs ${missing.map((need) => `${need} (${MISSING_CAPABILITY[need]})`).join(', ')}`;
    return { ...base, status: 'skipped', reason, missing, durationMs: 0 };
  }
  const started = performance.now();
  const outcome = await runBounded(
    () => scenario.run(createScenarioContext(target, validator)),
    target.scenarioTimeoutMs,
  );
  let reason = outcome.failed ? reasonOf(outcome.error) : null;
  try {
    await target.afterScenario();
  } catch (error) {
    reason ??= `cleaning up after the scenario failed: ${reasonOf(error)}`;
  }
  const durationMs = Math.round(performance.now() - started);
  return { ...base, status: reason === null ? 'passed' : 'failed', reason, missing: [], durationMs };
}

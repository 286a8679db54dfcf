import { CATALOGUE } from '../catalogue/index.js';
import type { Scenario } from '../model/scenario.js';
import type { ConformanceReport, ScenarioResult } from '../model/scenario-result.js';
import { type ConformanceTarget, MISSING_CAPABILITY } from '../targets/conformance-target.js';
import { ContractValidator } from './contract-validator.js';
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
  const count = (status: ScenarioResult['status']) => results.filter((result) => result.status === status).length;
  return {
    target: target.name,
    capabilities: [...target.capabilities],
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    results,
    counts: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
  };
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
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`did not finish within ${target.scenarioTimeoutMs} ms`)),
      target.scenarioTimeoutMs,
    );
  });
  let reason: string | null = null;
  try {
    await Promise.race([scenario.run(createScenarioContext(target, validator)), timeout]);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
  try {
    await target.afterScenario();
  } catch (error) {
    reason ??= `cleaning up after the scenario failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const durationMs = Math.round(performance.now() - started);
  return { ...base, status: reason === null ? 'passed' : 'failed', reason, missing: [], durationMs };
}

import { CATALOGUE } from '../catalogue/index.js';
import { CapabilityUnavailable } from '../model/capability-unavailable.js';
import { type Capability, EVIDENCE_GRADES, type Evidence, type Scenario } from '../model/scenario.js';
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
  /**
   * Runs only the scenarios whose evidence is this grade or firmer (`captured` > `documented` > `inferred`):
   * `captured` runs only what real answers of WeChat support, the mode to use against a new target.
   */
  readonly evidence?: Evidence;
  /** Called as each scenario ends, e.g. to print progress. */
  readonly onResult?: (result: ScenarioResult, index: number, total: number) => void;
}

/**
 * Runs scenarios one after another against a target. A scenario whose needs the target lacks is skipped
 * with the reason, and so is one that finds a capability unavailable after all (the scripted person cannot
 * log in), together with every later one that needs it; one that throws or outlives the target's timeout
 * fails with what differed.
 */
export async function runConformance(options: RunOptions): Promise<ConformanceReport> {
  const { target } = options;
  const scenarios = withEvidence(options.scenarios ?? CATALOGUE, options.evidence ?? 'inferred');
  const validator = new ContractValidator();
  const startedAt = new Date();
  const results: ScenarioResult[] = [];
  const lost = new Map<Capability, string>();
  for (const [index, scenario] of scenarios.entries()) {
    const result = await runOne(scenario, target, validator, lost);
    results.push(result);
    options.onResult?.(result, index, scenarios.length);
  }
  return buildReport(target.name, [...target.capabilities], startedAt, results);
}

async function runOne(
  scenario: Scenario,
  target: ConformanceTarget,
  validator: ContractValidator,
  lost: Map<Capability, string>,
): Promise<ScenarioResult> {
  const base = { id: scenario.id, title: scenario.title, reference: scenario.reference, evidence: scenario.evidence };
  const missing = scenario.needs.filter((need) => !target.capabilities.has(need) || lost.has(need));
  if (missing.length > 0) {
    const why = (need: Capability) => lost.get(need) ?? MISSING_CAPABILITY[need];
    const reason = `needs ${missing.map((need) => `${need} (${why(need)})`).join(', ')}`;
    return { ...base, status: 'skipped', reason, missing, durationMs: 0 };
  }
  const started = performance.now();
  const outcome = await runBounded(
    () => scenario.run(createScenarioContext(target, validator)),
    target.scenarioTimeoutMs,
  );
  const unavailable = outcome.failed && outcome.error instanceof CapabilityUnavailable ? outcome.error : null;
  if (unavailable !== null) lost.set(unavailable.capability, unavailable.message);
  let reason = outcome.failed ? reasonOf(outcome.error) : null;
  try {
    await target.afterScenario();
  } catch (error) {
    reason ??= `cleaning up after the scenario failed: ${reasonOf(error)}`;
  }
  const durationMs = Math.round(performance.now() - started);
  if (unavailable !== null) {
    const skipReason = `needs ${unavailable.capability} (${unavailable.message})`;
    return { ...base, status: 'skipped', reason: skipReason, missing: [unavailable.capability], durationMs };
  }
  return { ...base, status: reason === null ? 'passed' : 'failed', reason, missing: [], durationMs };
}

/** The scenarios whose evidence is `grade` or firmer. */
export function withEvidence(scenarios: readonly Scenario[], grade: Evidence): readonly Scenario[] {
  const firmest = EVIDENCE_GRADES.indexOf(grade);
  return scenarios.filter((scenario) => EVIDENCE_GRADES.indexOf(scenario.evidence) <= firmest);
}

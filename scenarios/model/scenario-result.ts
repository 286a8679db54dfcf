import type { Capability, Evidence } from './scenario.js';

export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly reference: string;
  /** How the reference knows what was checked. */
  readonly evidence: Evidence;
  readonly status: ScenarioStatus;
  /** Why it failed (what differed) or was skipped (the capability the target lacks). */
  readonly reason: string | null;
  /** For a skip: the capabilities the target lacks. */
  readonly missing: readonly Capability[];
  readonly durationMs: number;
}

export interface ConformanceReport {
  /** e.g. `in-process`, `url http://127.0.0.1:3099`, `wechat`. */
  readonly target: string;
  readonly capabilities: readonly Capability[];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly results: readonly ScenarioResult[];
  readonly counts: { readonly passed: number; readonly failed: number; readonly skipped: number };
}

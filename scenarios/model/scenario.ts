import type { ScenarioContext } from './scenario-context.js';

/**
 * What a scenario may need from a target, beyond plain HTTP to WeChat's endpoints:
 * - `fresh-code`: a new login (on the real WeChat, a person scans a QR code);
 * - `control`: the mock's control plane (faults, journal);
 * - `clock`: moving the target's time;
 * - `official-account`: an official-account app (oauth2/authorize, snsapi_base/snsapi_userinfo).
 */
export type Capability = 'fresh-code' | 'control' | 'clock' | 'official-account';

/** One behaviour of WeChat's login, checked black-box against a target. */
export interface Scenario {
  /** Stable id, `area.behaviour`, e.g. `exchange.code-single-use`. */
  readonly id: string;
  /** The behaviour as a sentence. */
  readonly title: string;
  /** Where the reference documents it, e.g. `§6`. */
  readonly reference: string;
  readonly needs: readonly Capability[];
  /** Throws (e.g. node:assert's AssertionError) when the target behaves otherwise. */
  run(t: ScenarioContext): Promise<void>;
}

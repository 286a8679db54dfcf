import type { ScenarioContext } from './scenario-context.js';

/**
 * What a scenario may need from a target, beyond plain HTTP to WeChat's endpoints:
 * - `fresh-code`: a new login (on the real WeChat, a person scans a QR code);
 * - `control`: the mock's control plane (faults, journal);
 * - `clock`: moving the target's time;
 * - `official-account`: an official-account app (oauth2/authorize, snsapi_base/snsapi_userinfo);
 * - `mini-program`: a mini-program bound to the website app's Open Platform account, with new `wx.login`
 *   codes (ML§1; on the real WeChat they come from a phone);
 * - `mobile-app`: a mobile app bound to the website app's Open Platform account, with new codes of its SDK
 *   login for the same person (ML§6; on the real WeChat they come from the app on a phone).
 */
export type Capability = 'fresh-code' | 'control' | 'clock' | 'official-account' | 'mini-program' | 'mobile-app';

/**
 * How the reference knows the behaviour a scenario asserts (docs/wechat-behaviour.md grades each fact):
 * - `documented`: WeChat's own documentation says so;
 * - `captured`: seen in real answers of WeChat (captured traffic, or reports quoting WeChat's answers);
 * - `inferred`: neither; reasoned from client code, reports or the rest of the protocol. Against a new
 *   target, run with `--evidence captured` first: only what real answers support.
 */
export type Evidence = 'documented' | 'captured' | 'inferred';

/** The grades from the firmest to the weakest; a filter on a grade keeps it and the firmer ones. */
export const EVIDENCE_GRADES: readonly Evidence[] = ['captured', 'documented', 'inferred'];

/** One behaviour of WeChat's login, checked black-box against a target. */
export interface Scenario {
  /** Stable id, `area.behaviour`, e.g. `exchange.code-single-use`. */
  readonly id: string;
  /** The behaviour as a sentence. */
  readonly title: string;
  /** Where the reference documents it, e.g. `§6`. */
  readonly reference: string;
  /** How the reference knows what the scenario asserts. */
  readonly evidence: Evidence;
  readonly needs: readonly Capability[];
  /** Throws (e.g. node:assert's AssertionError) when the target behaves otherwise. */
  run(t: ScenarioContext): Promise<void>;
}

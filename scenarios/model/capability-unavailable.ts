import type { Capability } from './scenario.js';

/**
 * A target turned out not to have a capability it claimed (e.g. the scripted person could not log in on a
 * page it does not understand): the scenario that met it, and every later one that needs it, is skipped with
 * the reason instead of failing.
 */
export class CapabilityUnavailable extends Error {
  override readonly name = 'CapabilityUnavailable';

  constructor(
    readonly capability: Capability,
    reason: string,
  ) {
    super(reason);
  }
}

import type { MockConfig } from '../config/mock-config.js';
import { StartupError } from '../startup-error.js';

/**
 * Refuses a fleet whose workers could not share one state (docs/decisions/0027): with each worker's own
 * memory, a code minted by one is unknown to the next (40029 where WeChat answers), a refresh lands on a
 * worker that never issued the token. One line, naming the setting that fixes it.
 */
export function refuseUnsharedFleet(config: MockConfig, workers: number): void {
  const why = (reason: string) => new StartupError(`--workers ${workers}: ${reason}`);
  if (config.impersonate.enabled) {
    throw why('--impersonate serves WeChat’s host names from one process; run it with --workers 1');
  }
  if (config.stateFile !== null) {
    throw why('--state-file keeps one process’s memory; workers share their state through --store redis://…');
  }
  if (config.store !== null) return;
  throw why(
    'more than one worker needs a shared store, --store redis://host:port/db (with memory of their own, a code minted by one worker would be unknown to the others)',
  );
}

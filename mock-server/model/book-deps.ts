import type { Fidelity, Limits } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import type { Identifiers } from '../core/identifiers.js';

/** What the code and token books are built from. */
export interface BookDeps {
  readonly clock: Clock;
  readonly ids: Identifiers;
  readonly fidelity: Fidelity;
  readonly limits: Limits;
}

import type { Fidelity, Limits } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import type { Identifiers } from '../core/identifiers.js';
import type { RecordStore, RecordStores } from '../core/record-store.js';
import type { Registry } from './registry.js';

/** What the code and token books are built from. */
export interface BookDeps {
  readonly clock: Clock;
  readonly ids: Identifiers;
  readonly fidelity: Fidelity;
  readonly limits: Limits;
  /** Where the books keep their records: this process's memory, or a shared store (docs/decisions/0026). */
  readonly records: RecordStores;
  /**
   * A second key for another store's values (e.g. access_token → grant); `keyOf` gives the target's key.
   * In memory it is a store of the same objects; in a shared store a pointer, so both keys see one record.
   */
  readonly index: <V>(table: string, target: RecordStore<V>, keyOf: (value: V) => string) => RecordStore<V>;
  /** The registry as it stands (records name apps and personas; a shared store looks them up again). */
  readonly registry: () => Registry;
}

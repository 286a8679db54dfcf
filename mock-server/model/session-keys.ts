import type { RecordCodec, RecordStore } from '../core/record-store.js';
import type { BookDeps } from './book-deps.js';
import type { SessionKeySnapshot } from './model-snapshot.js';
import type { App, Persona } from './registry.js';

/** A live key names its app and persona: a record is already what a snapshot saves. */
type LiveKey = SessionKeySnapshot;

const keyCodec: RecordCodec<LiveKey> = {
  encode: (key) => JSON.stringify(key),
  decode: (text) => JSON.parse(text) as LiveKey,
};

/** Keys never expire: one lives per (app, persona) until the next rotation, and goes with either. */
const NEVER = Number.POSITIVE_INFINITY;

/**
 * The session_key of each (mini-program, user): one live key at a time (ML§2.1). A code exchange rotates
 * it unless it rotated less than `fidelity.sessionKeyRotationSeconds` ago; the answer is always the
 * current key. Keys exist only for pairs of a registered app and persona, so the store is bounded by them.
 */
export class SessionKeys {
  readonly #keys: RecordStore<LiveKey>;
  readonly #deps: BookDeps;

  constructor(deps: BookDeps) {
    this.#keys = deps.records('session-key', keyCodec);
    this.#deps = deps;
  }

  /** The key a successful jscode2session answers with, rotating it first when it is due (ML§2.1). */
  exchange(app: App, persona: Persona): string {
    const id = `${app.appid}\0${persona.key}`;
    const now = this.#deps.clock.now();
    const live = this.#keys.get(id);
    if (live !== undefined && now - live.rotatedAt < this.#deps.fidelity.sessionKeyRotationSeconds * 1000) {
      return live.sessionKey;
    }
    return this.reset(app, persona);
  }

  /**
   * `/wxa/resetusersessionkey` (ML§2.3): a new key at once, the old one dead. The mock's keys have no expiry
   * of their own, so "the new key keeps the old one's expiry" holds by construction.
   */
  reset(app: App, persona: Persona): string {
    const sessionKey = this.#deps.ids.sessionKey();
    this.#keys.put(
      `${app.appid}\0${persona.key}`,
      { appid: app.appid, persona: persona.key, sessionKey, rotatedAt: this.#deps.clock.now() },
      NEVER,
    );
    return sessionKey;
  }

  /** The live key of a (mini-program, persona), if one was ever issued. */
  current(appid: string, persona: string): string | undefined {
    return this.#keys.get(`${appid}\0${persona}`)?.sessionKey;
  }

  /** Forgets the keys of an app or a persona (deleted, or reset). */
  purge(predicate: (key: { appid: string; persona: string }) => boolean): void {
    this.#keys.deleteWhere(predicate);
  }

  clear(): void {
    this.#keys.clear();
  }

  /** Every live key, with when it was issued (so the rotation interval carries on after a restore). */
  snapshot(): SessionKeySnapshot[] {
    return [...this.#keys.live()];
  }

  /** Replaces every key with `keys` (each of an app and a persona the registry holds). */
  restore(keys: readonly SessionKeySnapshot[]): void {
    this.#keys.clear();
    for (const key of keys) this.#keys.put(`${key.appid}\0${key.persona}`, key, NEVER);
  }
}

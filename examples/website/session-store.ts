import { randomBytes } from 'node:crypto';
import type { TokenSetData, UserInfoResponse } from 'wechat-oauth-mock/client';

/** What the site remembers about one visitor. */
export interface Session {
  tokens?: TokenSetData;
  user?: UserInfoResponse;
}

const IDLE_LIFETIME_MS = 24 * 3600 * 1000;

/**
 * Sessions in memory, keyed by a random id kept in an HttpOnly cookie. Idle sessions are forgotten after a
 * day; `renew` gives a logged-in visitor a new id, so an id planted before login is worth nothing after.
 */
export class SessionStore {
  readonly #sessions = new Map<string, { session: Session; lastSeen: number }>();

  constructor(private readonly now: () => number) {}

  get(id: string | undefined): Session | undefined {
    this.#sweep();
    if (id === undefined) return undefined;
    const entry = this.#sessions.get(id);
    if (entry === undefined) return undefined;
    entry.lastSeen = this.now();
    return entry.session;
  }

  /** A new, empty session and its id. */
  create(): { id: string; session: Session } {
    const id = randomBytes(16).toString('hex');
    const session: Session = {};
    this.#sessions.set(id, { session, lastSeen: this.now() });
    return { id, session };
  }

  /** Moves a session to a new id and forgets the old one. */
  renew(oldId: string, session: Session): string {
    this.#sessions.delete(oldId);
    const id = randomBytes(16).toString('hex');
    this.#sessions.set(id, { session, lastSeen: this.now() });
    return id;
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.#sessions.delete(id);
  }

  #sweep(): void {
    const cutoff = this.now() - IDLE_LIFETIME_MS;
    for (const [id, entry] of this.#sessions) {
      if (entry.lastSeen < cutoff) this.#sessions.delete(id);
    }
  }
}

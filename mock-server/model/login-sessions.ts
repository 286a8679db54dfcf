import type { Clock } from '../core/clock.js';
import { ExpiringStore } from '../core/expiring-store.js';
import type { Identifiers } from '../core/identifiers.js';
import type { App } from './registry.js';

/** Which authorize page opened the session, and so how the callback URL is built (reference §1.2, §2). */
export type LoginFlow = 'qrconnect' | 'oauth2';

/** A login waiting for a person to pick a persona and allow or deny: the mock's counterpart of a QR uuid. */
export interface LoginSession {
  readonly id: string;
  readonly flow: LoginFlow;
  readonly app: App;
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: string;
  readonly lang: 'cn' | 'en';
}

/** Open login sessions; each lives as long as WeChat's QR code does (about 5 minutes, reference §6). */
export class LoginSessions {
  readonly #store: ExpiringStore<LoginSession>;
  readonly #clock: Clock;
  readonly #ids: Identifiers;
  readonly #lifetimeSeconds: number;

  constructor(clock: Clock, ids: Identifiers, lifetimeSeconds: number) {
    this.#store = new ExpiringStore(clock);
    this.#clock = clock;
    this.#ids = ids;
    this.#lifetimeSeconds = lifetimeSeconds;
  }

  open(session: Omit<LoginSession, 'id'>): LoginSession {
    const opened = { ...session, id: this.#ids.loginSessionId() };
    this.#store.put(opened.id, opened, this.#clock.now() + this.#lifetimeSeconds * 1000);
    return opened;
  }

  get(id: string): LoginSession | undefined {
    return this.#store.get(id);
  }

  /** Ends a session: a login is answered once. */
  close(id: string): void {
    this.#store.delete(id);
  }

  /** Ends every session for which `predicate` holds (e.g. of a deleted app). */
  purge(predicate: (session: LoginSession) => boolean): void {
    this.#store.deleteWhere(predicate);
  }

  clear(): void {
    this.#store.clear();
  }
}

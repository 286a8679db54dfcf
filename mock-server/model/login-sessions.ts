import type { Clock } from '../core/clock.js';
import type { Identifiers } from '../core/identifiers.js';
import type { RecordCodec, RecordStore, RecordStores } from '../core/record-store.js';
import type { SessionSnapshot } from './model-snapshot.js';
import type { App, Registry } from './registry.js';

/** Which authorize page opened the session, and so how the callback URL is built (reference §1.2, §2). */
export type LoginFlow = 'qrconnect' | 'oauth2';

/**
 * Where a login stands, as WeChat's QR page sees it (reference §1.2): waiting for a scan, scanned and
 * waiting for the phone's answer, confirmed with a code, or cancelled. A session past its lifetime is gone.
 */
export type LoginProgress =
  | { readonly state: 'waiting' }
  | { readonly state: 'scanned' }
  | { readonly state: 'confirmed'; readonly code: string }
  | { readonly state: 'cancelled' };

/** A login waiting for a person to scan, pick a persona and allow or deny: the mock's QR uuid. */
export interface LoginSession {
  readonly id: string;
  readonly flow: LoginFlow;
  readonly app: App;
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: string;
  readonly lang: 'cn' | 'en';
  /** When the session (the QR code) expires, in ms on the mock's clock. */
  readonly expiresAt: number;
  readonly progress: LoginProgress;
}

export type NewLoginSession = Omit<LoginSession, 'id' | 'expiresAt' | 'progress'>;

/** Whether a session can still be answered: nobody has allowed or denied it yet. */
export const isAnswerable = (session: LoginSession): boolean =>
  session.progress.state === 'waiting' || session.progress.state === 'scanned';

/**
 * Login sessions; each lives as long as WeChat's QR code does (about 5 minutes of the mock's clock,
 * reference §6). A session moves waiting → scanned → confirmed or cancelled, and whoever watches it (the
 * QR page's long poll) hears of every move at once. Opening a session needs no credentials, so each app
 * keeps at most `perApp` of them: one more ends the app's oldest (docs/decisions/0015).
 */
export class LoginSessions {
  readonly #store: RecordStore<LoginSession>;
  readonly #clock: Clock;
  readonly #ids: Identifiers;
  readonly #lifetimeSeconds: number;
  readonly #watchers = new Set<() => void>();
  readonly #broadcast: (() => void) | undefined;

  /**
   * `broadcast`, with a shared store, tells every process's watchers (each then calls `wakeHere`); without
   * one the watchers are this process's only.
   */
  constructor(
    deps: { clock: Clock; ids: Identifiers; records: RecordStores; registry: () => Registry },
    lifetimeSeconds: number,
    perApp: number,
    broadcast?: () => void,
  ) {
    this.#store = deps.records('login-session', sessionCodec(deps.registry), {
      perGroup: perApp,
      groupOf: (session) => session.app.appid,
      watched: true,
    });
    this.#clock = deps.clock;
    this.#ids = deps.ids;
    this.#lifetimeSeconds = lifetimeSeconds;
    this.#broadcast = broadcast;
  }

  open(session: NewLoginSession): LoginSession {
    const expiresAt = this.#clock.now() + this.#lifetimeSeconds * 1000;
    const opened: LoginSession = {
      ...session,
      id: this.#ids.loginSessionId(),
      expiresAt,
      progress: { state: 'waiting' },
    };
    // An evicted session's long poll must hear that its QR code is gone.
    if (this.#store.put(opened.id, opened, expiresAt) !== undefined) this.wakeWatchers();
    return opened;
  }

  /** The live session, or undefined when it is unknown or expired. */
  get(id: string): LoginSession | undefined {
    return this.#store.get(id);
  }

  /** The phone opened the session's QR code: waiting → scanned. Other states stay as they are. */
  scan(session: LoginSession): LoginSession {
    return session.progress.state === 'waiting' ? this.#move(session, { state: 'scanned' }) : session;
  }

  /** The person allowed: the session now answers with `code`. Callers check `isAnswerable` first. */
  confirm(session: LoginSession, code: string): LoginSession {
    return this.#move(session, { state: 'confirmed', code });
  }

  /** The person denied (reference §1.2: the QR page shows the cancel text, nothing is redirected). */
  cancel(session: LoginSession): LoginSession {
    return this.#move(session, { state: 'cancelled' });
  }

  /**
   * Calls `listener` whenever a session moves or time may have jumped (see `wakeWatchers`); returns the
   * function that stops it.
   */
  watch(listener: () => void): () => void {
    this.#watchers.add(listener);
    return () => this.#watchers.delete(listener);
  }

  /** Tells every watcher to look again, e.g. after the clock moved and sessions may have expired. */
  wakeWatchers(): void {
    if (this.#broadcast === undefined) this.wakeHere();
    else this.#broadcast();
  }

  /** Tells this process's watchers to look again. */
  wakeHere(): void {
    for (const listener of [...this.#watchers]) listener();
  }

  /** Ends every session for which `predicate` holds (e.g. of a deleted app). */
  purge(predicate: (session: LoginSession) => boolean): void {
    if (this.#store.deleteWhere(predicate) > 0) this.wakeWatchers();
  }

  clear(): void {
    this.#store.clear();
    this.wakeWatchers();
  }

  /** Every live session, oldest first. */
  snapshot(): SessionSnapshot[] {
    return [...this.#store.live()].map(saved);
  }

  /** Replaces every session with `sessions`, their apps looked up in `registry` (which holds them all). */
  restore(sessions: readonly SessionSnapshot[], registry: Registry): void {
    this.#store.clear();
    for (const session of sessions)
      this.#store.put(session.id, revived(session, registry) as LoginSession, session.expiresAt);
  }

  #move(session: LoginSession, progress: LoginProgress): LoginSession {
    const moved = { ...session, progress };
    this.#store.put(session.id, moved, session.expiresAt);
    this.wakeWatchers();
    return moved;
  }
}

const saved = ({ app, ...session }: LoginSession): SessionSnapshot => ({ ...session, appid: app.appid });

/** The session with its app looked up, or undefined when the app is gone. */
function revived({ appid, ...session }: SessionSnapshot, registry: Registry): LoginSession | undefined {
  const app = registry.app(appid);
  return app === undefined ? undefined : { ...session, app };
}

const sessionCodec = (registry: () => Registry): RecordCodec<LoginSession> => ({
  encode: (session) => JSON.stringify(saved(session)),
  decode: (text) => revived(JSON.parse(text) as SessionSnapshot, registry()),
});

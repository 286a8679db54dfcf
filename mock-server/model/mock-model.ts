import type { MockConfig } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import { Identifiers } from '../core/identifiers.js';
import type { RandomSource } from '../core/random-source.js';
import { CodeBook } from './code-book.js';
import { FaultRules } from './fault-rules.js';
import { Journal } from './journal.js';
import { LoginSessions } from './login-sessions.js';
import type { ClockSnapshot, ModelSnapshot } from './model-snapshot.js';
import { PhoneCodes } from './phone-codes.js';
import { RateLimiter } from './rate-limiter.js';
import { Registry } from './registry.js';
import { ServerTokens } from './server-tokens.js';
import { SessionKeys } from './session-keys.js';
import { TokenBook } from './token-book.js';

/** Everything the mock knows and remembers, built from the configuration and the injected parts. */
export class MockModel {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly ids: Identifiers;
  readonly codes: CodeBook;
  readonly tokens: TokenBook;
  readonly sessionKeys: SessionKeys;
  readonly serverTokens: ServerTokens;
  readonly phoneCodes: PhoneCodes;
  readonly sessions: LoginSessions;
  readonly journal: Journal;
  readonly faults: FaultRules;
  readonly rateLimiter: RateLimiter;
  #registry: Registry;

  constructor(config: MockConfig, clock: Clock, random: RandomSource) {
    const { lifetimes, fidelity, limits } = config;
    this.config = config;
    this.clock = clock;
    this.ids = new Identifiers(config.seed, random, fidelity.tokenPrefix);
    this.#registry = new Registry(config, this.ids);
    const deps = { clock, ids: this.ids, fidelity, limits };
    this.codes = new CodeBook(deps);
    this.tokens = new TokenBook(deps);
    this.sessionKeys = new SessionKeys(deps);
    this.serverTokens = new ServerTokens(deps, lifetimes.serverTokenSeconds);
    this.phoneCodes = new PhoneCodes(deps, lifetimes.phoneCodeSeconds);
    this.sessions = new LoginSessions(clock, this.ids, lifetimes.loginSessionSeconds, limits.loginSessionsPerApp);
    this.journal = new Journal(config.journalSize, clock);
    this.faults = new FaultRules(config.seed);
    this.rateLimiter = new RateLimiter(clock);
    this.#seedFaults();
  }

  get registry(): Registry {
    return this.#registry;
  }

  /**
   * Without an appid: the seeded state (configured apps, accounts, personas and faults; real time; no
   * codes, tokens, sessions or journal). With one: only that app's codes, tokens, login sessions, faults,
   * journal entries and rate-limit counts go, so parallel tests on one mock do not disturb each other.
   */
  reset(appid?: string): void {
    if (appid !== undefined) {
      this.#forgetApp(appid);
      return;
    }
    this.#registry = new Registry(this.config, this.ids);
    this.codes.clear();
    this.tokens.clear();
    this.sessionKeys.clear();
    this.serverTokens.clear();
    this.phoneCodes.clear();
    this.sessions.clear();
    this.journal.clear();
    this.faults.clear();
    this.rateLimiter.clear();
    this.clock.reset();
    this.#seedFaults();
  }

  /**
   * The whole state as plain JSON at this instant (docs/decisions/0022): synchronous, so it is consistent
   * (a code is never saved unspent beside the grant it was spent for). The journal only when asked for.
   */
  snapshot(options: { journal: boolean }): ModelSnapshot {
    const { clock } = this;
    const clockSnapshot: ClockSnapshot = clock.frozen
      ? { frozen: true, at: clock.now() }
      : { frozen: false, offsetMs: clock.offsetMs };
    return {
      clock: clockSnapshot,
      registry: this.#registry.snapshot(),
      codes: this.codes.snapshot(),
      grants: this.tokens.snapshot(),
      sessions: this.sessions.snapshot(),
      faults: this.faults.snapshot(),
      ...(options.journal ? { journal: this.journal.snapshot() } : {}),
    };
  }

  /**
   * Puts the model in the snapshot's state. The snapshot must be whole (every appid and persona key it
   * names is in its registry: `readSnapshot` checks that); a journal it lacks stays as it is. `reset()`
   * still goes back to the configured seeds.
   */
  restore(snapshot: ModelSnapshot): void {
    this.clock.reset();
    if (snapshot.clock.frozen) {
      this.clock.freeze();
      this.clock.set(snapshot.clock.at);
    } else {
      this.clock.advance(snapshot.clock.offsetMs);
    }
    const { accounts, apps, personas } = snapshot.registry;
    this.#registry = new Registry(
      { accounts: accounts.map((id) => ({ id })), apps, personas, lifetimes: this.config.lifetimes },
      this.ids,
    );
    this.codes.restore(snapshot.codes, this.#registry);
    this.tokens.restore(snapshot.grants, this.#registry);
    this.sessions.restore(snapshot.sessions, this.#registry);
    this.faults.restore(snapshot.faults);
    if (snapshot.journal !== undefined) this.journal.restore(snapshot.journal);
  }

  /** Deletes an app and everything that belongs to it. */
  removeApp(appid: string): boolean {
    if (!this.#registry.removeApp(appid)) return false;
    this.#forgetApp(appid);
    return true;
  }

  /** Deletes a persona and its codes and tokens. */
  removePersona(key: string): boolean {
    if (!this.#registry.removePersona(key)) return false;
    this.codes.purge((code) => code.persona.key === key);
    this.tokens.purge((grant) => grant.persona.key === key);
    this.sessionKeys.purge((sessionKey) => sessionKey.persona === key);
    this.phoneCodes.purge((code) => code.persona.key === key);
    return true;
  }

  #forgetApp(appid: string): void {
    this.codes.purge((code) => code.app.appid === appid);
    this.tokens.purge((grant) => grant.app.appid === appid);
    this.sessionKeys.purge((sessionKey) => sessionKey.appid === appid);
    this.serverTokens.purge(appid);
    this.phoneCodes.purge((code) => code.app.appid === appid);
    this.sessions.purge((session) => session.app.appid === appid);
    this.faults.clear(appid);
    this.journal.clear(appid);
    this.rateLimiter.clear(appid);
  }

  #seedFaults(): void {
    for (const fault of this.config.faults) this.faults.add(fault, this.clock.now());
  }
}

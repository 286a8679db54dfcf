import type { MockConfig } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import { ExpiringStore } from '../core/expiring-store.js';
import { Identifiers } from '../core/identifiers.js';
import type { RandomSource } from '../core/random-source.js';
import type { RecordStores } from '../core/record-store.js';
import { SharedJournal } from '../store/shared-journal.js';
import { SharedRateLimiter } from '../store/shared-rate-limiter.js';
import type { SharedStore } from '../store/shared-store.js';
import type { BookDeps } from './book-deps.js';
import { CodeBook } from './code-book.js';
import { FaultRules } from './fault-rules.js';
import { Journal, type RequestJournal } from './journal.js';
import { LoginSessions } from './login-sessions.js';
import type {
  ClockSnapshot,
  FaultsSnapshot,
  ModelSnapshot,
  RegistrySnapshot,
  SnapshotInSteps,
} from './model-snapshot.js';
import { PhoneCodes } from './phone-codes.js';
import { type CallQuota, chinaDayOf, minuteOf, RateLimiter } from './rate-limiter.js';
import { Registry } from './registry.js';
import { ServerTokens } from './server-tokens.js';
import { SessionKeys } from './session-keys.js';
import { TokenBook } from './token-book.js';

/** A minute quota's counter outlives its minute by this much in Redis (only the garbage collector). */
const MINUTE_KEEP_MS = 120_000;
/** A daily quota's counter is kept two days after its last call (the day itself is the mock clock's, in the key). */
const DAILY_KEEP_MS = 2 * 86_400_000;

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
  readonly journal: RequestJournal;
  readonly faults: FaultRules;
  /** The per-app minute quota of every endpoint (reference §6). */
  readonly rateLimiter: CallQuota;
  /** The shared store the state lives in, or null when it lives in this process (the default). */
  readonly shared: SharedStore | null;
  #registry: Registry;
  /** Counts the times the registry was replaced (a reset), which its own revision cannot tell. */
  #registries = 0;

  /**
   * With `shared`, every book keeps its records in the shared store and the clock, registry and fault rules
   * are replicas of shared values (docs/decisions/0026); the model must then be used inside `transact`.
   */
  constructor(
    config: MockConfig,
    clock: Clock,
    random: RandomSource,
    shared?: { store: SharedStore; report: (message: string) => void },
  ) {
    const { lifetimes, fidelity, limits } = config;
    this.config = config;
    this.clock = clock;
    this.ids = new Identifiers(config.seed, random, fidelity.tokenPrefix);
    this.#registry = new Registry(config, this.ids);
    this.shared = shared?.store ?? null;
    const store = this.shared;
    const records: RecordStores =
      store === null ? (_table, _codec, capacity) => new ExpiringStore(clock, capacity) : store.records;
    const deps: BookDeps = {
      clock,
      ids: this.ids,
      fidelity,
      limits,
      records,
      index:
        store === null
          ? () => new ExpiringStore(clock)
          : (table, target, keyOf) =>
              store.pointers(table, target, { encode: keyOf, decode: (key) => target.get(key) }),
      registry: () => this.#registry,
    };
    this.codes = new CodeBook(deps);
    this.tokens = new TokenBook(deps);
    this.sessionKeys = new SessionKeys(deps);
    const dailyQuota =
      store === null
        ? new RateLimiter(clock, chinaDayOf)
        : new SharedRateLimiter(store, clock, { table: 'daily', windowOf: chinaDayOf, keepMs: DAILY_KEEP_MS });
    this.serverTokens = new ServerTokens(deps, lifetimes.serverTokenSeconds, dailyQuota);
    this.phoneCodes = new PhoneCodes(deps, lifetimes.phoneCodeSeconds);
    const wakeEverywhere = store === null ? undefined : () => store.publishOnCommit('wake', '');
    this.sessions = new LoginSessions(deps, lifetimes.loginSessionSeconds, limits.loginSessionsPerApp, wakeEverywhere);
    this.faults = new FaultRules(config.seed);
    this.#seedFaults();
    if (shared === undefined) {
      this.journal = new Journal(config.journalSize, clock);
      this.rateLimiter = new RateLimiter(clock, minuteOf);
    } else {
      this.journal = new SharedJournal(shared.store, config.journalSize, clock, shared.report);
      this.rateLimiter = new SharedRateLimiter(shared.store, clock, {
        table: 'rate',
        windowOf: minuteOf,
        keepMs: MINUTE_KEEP_MS,
      });
      this.#replicate(shared.store);
    }
  }

  get registry(): Registry {
    return this.#registry;
  }

  /**
   * Runs `work` against the model: directly when the state is in this process, else as one unit of work on
   * the shared store (atomic across processes; retried on conflict, so `work` must not answer anything itself).
   */
  transact<T>(work: () => T | Promise<T>): T | Promise<T> {
    return this.shared === null ? work() : this.shared.run(work);
  }

  /** Starts listening for what other processes on the shared store publish (login moves, clock moves, resets). */
  async listen(): Promise<void> {
    if (this.shared === null) return;
    await this.shared.listen('wake', () => this.sessions.wakeHere());
    // Seeds a fresh store with this process's configured state, or loads the store's.
    await this.shared.run(() => undefined);
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
    this.#registries++;
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
    const { grants, codes, rest } = this.snapshotInSteps(options);
    return { grants: [...grants], codes: [...codes], ...rest() };
  }

  /**
   * The state as a state file saves it without stopping requests (docs/decisions/0033): the grants and
   * codes one at a time as they are read, then the rest at one instant. The journal only when asked for.
   */
  snapshotInSteps(options: { journal: boolean }): SnapshotInSteps {
    return {
      grants: this.tokens.saved(),
      codes: this.codes.saved(),
      rest: () => ({
        clock: this.#clockSnapshot(),
        registry: this.#registry.snapshot(),
        sessions: this.sessions.snapshot(),
        faults: this.faults.snapshot(),
        serverTokens: this.serverTokens.snapshot(),
        phoneCodes: this.phoneCodes.snapshot(),
        sessionKeys: this.sessionKeys.snapshot(),
        ...(options.journal ? { journal: this.journal.snapshot() } : {}),
      }),
    };
  }

  /**
   * Puts the model in the snapshot's state. The snapshot must be whole (every appid and persona key it
   * names is in its registry: `readSnapshot` checks that); a journal it lacks stays as it is. `reset()`
   * still goes back to the configured seeds.
   */
  restore(snapshot: ModelSnapshot): void {
    this.#restoreClock(snapshot.clock);
    this.#restoreRegistry(snapshot.registry);
    this.codes.restore(snapshot.codes, this.#registry);
    this.tokens.restore(snapshot.grants, this.#registry);
    this.sessions.restore(snapshot.sessions, this.#registry);
    this.faults.restore(snapshot.faults);
    this.serverTokens.restore(snapshot.serverTokens, this.#registry);
    this.phoneCodes.restore(snapshot.phoneCodes, this.#registry);
    this.sessionKeys.restore(snapshot.sessionKeys);
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

  #clockSnapshot(): ClockSnapshot {
    const { clock } = this;
    return clock.frozen ? { frozen: true, at: clock.now() } : { frozen: false, offsetMs: clock.offsetMs };
  }

  #restoreClock(saved: ClockSnapshot): void {
    this.clock.reset();
    if (saved.frozen) {
      this.clock.freeze();
      this.clock.set(saved.at);
    } else {
      this.clock.advance(saved.offsetMs);
    }
  }

  #restoreRegistry({ accounts, apps, personas }: RegistrySnapshot): void {
    this.#registry = new Registry(
      { accounts: accounts.map((id) => ({ id })), apps, personas, lifetimes: this.config.lifetimes },
      this.ids,
    );
    this.#registries++;
  }

  /** The clock, registry and fault rules as replicas of the shared store's values (docs/decisions/0026). */
  #replicate(store: SharedStore): void {
    store.replicate('clock', {
      dump: () => JSON.stringify(this.#clockSnapshot()),
      load: (text) => this.#restoreClock(JSON.parse(text) as ClockSnapshot),
      mark: () => JSON.stringify(this.#clockSnapshot()),
    });
    store.replicate('registry', {
      dump: () => JSON.stringify(this.#registry.snapshot()),
      load: (text) => this.#restoreRegistry(JSON.parse(text) as RegistrySnapshot),
      mark: () => `${this.#registries}/${this.#registry.revision}`,
    });
    store.replicate('faults', {
      dump: () => JSON.stringify(this.faults.snapshot()),
      load: (text) => this.faults.restore(JSON.parse(text) as FaultsSnapshot),
      mark: () => this.faults.revision,
    });
  }

  #seedFaults(): void {
    for (const fault of this.config.faults) this.faults.add(fault, this.clock.now());
  }
}

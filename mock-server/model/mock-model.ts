import type { MockConfig } from '../config/mock-config.js';
import type { Clock } from '../core/clock.js';
import { Identifiers } from '../core/identifiers.js';
import type { RandomSource } from '../core/random-source.js';
import { CodeBook } from './code-book.js';
import { LoginSessions } from './login-sessions.js';
import { Registry } from './registry.js';
import { TokenBook } from './token-book.js';

/** Everything the mock knows and remembers, built from the configuration and the injected parts. */
export class MockModel {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly ids: Identifiers;
  readonly codes: CodeBook;
  readonly tokens: TokenBook;
  readonly sessions: LoginSessions;
  #registry: Registry;

  constructor(config: MockConfig, clock: Clock, random: RandomSource) {
    const { lifetimes, fidelity } = config;
    this.config = config;
    this.clock = clock;
    this.ids = new Identifiers(config.seed, random, fidelity.tokenPrefix);
    this.#registry = new Registry(config, this.ids);
    const deps = { clock, ids: this.ids, lifetimes, fidelity };
    this.codes = new CodeBook(deps);
    this.tokens = new TokenBook(deps);
    this.sessions = new LoginSessions(clock, this.ids, lifetimes.loginSessionSeconds);
  }

  get registry(): Registry {
    return this.#registry;
  }

  /** Back to the seeded state: the configured apps and personas, real time, and no codes, tokens or sessions. */
  reset(): void {
    this.#registry = new Registry(this.config, this.ids);
    this.codes.clear();
    this.tokens.clear();
    this.sessions.clear();
    this.clock.reset();
  }
}

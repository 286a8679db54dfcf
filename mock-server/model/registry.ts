import type { AppConfig, MockConfig, PersonaConfig } from '../config/mock-config.js';
import type { Identifiers } from '../core/identifiers.js';

export interface App extends AppConfig {
  /** The 6 characters every openid of this app starts with (reference §7). */
  readonly openidPrefix: string;
  /** The 6 characters every unionid of this app's account starts with, or null when unbound. */
  readonly unionidPrefix: string | null;
}

export type Persona = PersonaConfig;

function memo(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/**
 * The apps and personas the mock knows, and the identifiers WeChat gives a person in them:
 * openid per (persona, app), unionid per (persona, Open Platform account) (reference §10).
 */
export class Registry {
  readonly #apps = new Map<string, App>();
  readonly #personas = new Map<string, Persona>();
  readonly #ids: Identifiers;
  readonly #openids = new Map<string, string>();
  readonly #unionids = new Map<string, string>();

  constructor(config: MockConfig, ids: Identifiers) {
    this.#ids = ids;
    for (const app of config.apps) {
      this.#apps.set(app.appid, {
        ...app,
        openidPrefix: ids.idPrefix('app', app.appid),
        unionidPrefix: app.account === null ? null : ids.idPrefix('account', app.account),
      });
    }
    for (const persona of config.personas) this.#personas.set(persona.key, persona);
  }

  get apps(): readonly App[] {
    return [...this.#apps.values()];
  }

  get personas(): readonly Persona[] {
    return [...this.#personas.values()];
  }

  app(appid: string): App | undefined {
    return this.#apps.get(appid);
  }

  persona(key: string): Persona | undefined {
    return this.#personas.get(key);
  }

  openid(app: App, persona: Persona): string {
    return memo(this.#openids, `${app.appid}\0${persona.key}`, () =>
      this.#ids.userId(app.openidPrefix, 'app', app.appid, persona.key),
    );
  }

  /** The persona's unionid in the app's Open Platform account, or null when the app is not bound to one. */
  unionid(app: App, persona: Persona): string | null {
    const { account, unionidPrefix } = app;
    if (account === null || unionidPrefix === null) return null;
    return memo(this.#unionids, `${account}\0${persona.key}`, () =>
      this.#ids.userId(unionidPrefix, 'account', account, persona.key),
    );
  }
}

import type { AppLifetimes } from '../../contract/index.js';
import type {
  AppConfig,
  AppKind,
  FollowerConfig,
  Lifetimes,
  MockConfig,
  PersonaConfig,
} from '../config/mock-config.js';
import type { RegistrySnapshot } from './model-snapshot.js';

/** An Open Platform account: the namespace of unionids (reference §10). */
export interface Account {
  readonly id: string;
  readonly unionidPrefix: string;
}

import type { Identifiers } from '../core/identifiers.js';

export interface App extends AppConfig {
  /** The 6 characters every openid of this app starts with (reference §7). */
  readonly openidPrefix: string;
  /** The 6 characters every unionid of this app's account starts with, or null when unbound. */
  readonly unionidPrefix: string | null;
  /**
   * The lifetimes its codes and tokens get: the app's own, else the global ones, resolved once when the app
   * is added so that minting and issuing read one field.
   */
  readonly effectiveLifetimes: Readonly<Required<AppLifetimes>>;
}

/** The global code lifetime of each kind of app (reference §6, ML§1.4, ML§6.2). */
const CODE_LIFETIME: Readonly<Record<AppKind, keyof Lifetimes>> = {
  website: 'websiteCodeSeconds',
  'official-account': 'officialAccountCodeSeconds',
  'mini-program': 'miniProgramCodeSeconds',
  'mobile-app': 'mobileAppCodeSeconds',
};

/** The global refresh_token lifetime of each kind: 30 days, a mobile app's 180 (reference §4, ML§6.3). */
const REFRESH_LIFETIME: Readonly<Record<AppKind, keyof Lifetimes>> = {
  website: 'refreshTokenSeconds',
  'official-account': 'refreshTokenSeconds',
  'mini-program': 'refreshTokenSeconds',
  'mobile-app': 'mobileAppRefreshTokenSeconds',
};

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
  readonly #accounts = new Map<string, Account>();
  readonly #apps = new Map<string, App>();
  readonly #personas = new Map<string, Persona>();
  readonly #ids: Identifiers;
  readonly #openids = new Map<string, string>();
  readonly #unionids = new Map<string, string>();
  readonly #lifetimes: Lifetimes;
  #revision = 0;

  /** Seeded from the config, or from a snapshot (whose accounts are ids); `lifetimes` are the global ones. */
  constructor(config: Pick<MockConfig, 'accounts' | 'apps' | 'personas' | 'lifetimes'>, ids: Identifiers) {
    this.#ids = ids;
    this.#lifetimes = config.lifetimes;
    for (const account of config.accounts) this.addAccount(account.id);
    for (const app of config.apps) this.addApp(app);
    for (const persona of config.personas) this.addPersona(persona);
  }

  /** The accounts, apps (as configured, without derived prefixes) and personas. */
  snapshot(): RegistrySnapshot {
    return {
      accounts: this.accounts.map((account) => account.id),
      apps: this.apps.map(({ openidPrefix, unionidPrefix, effectiveLifetimes, ...app }) => app),
      personas: this.personas,
    };
  }

  /** Moves on every change, so a shared store can tell whether a request changed the registry. */
  get revision(): number {
    return this.#revision;
  }

  get accounts(): readonly Account[] {
    return [...this.#accounts.values()];
  }

  account(id: string): Account | undefined {
    return this.#accounts.get(id);
  }

  addAccount(id: string): Account {
    const account = { id, unionidPrefix: this.#ids.idPrefix('account', id) };
    this.#accounts.set(id, account);
    this.#revision++;
    return account;
  }

  /** Removes an account; refused (false) while apps are bound to it. */
  removeAccount(id: string): boolean {
    if (this.#appsOf(id).length > 0) return false;
    this.#revision++;
    return this.#accounts.delete(id);
  }

  /** The appids bound to an account. */
  appsOf(accountId: string): string[] {
    return this.#appsOf(accountId).map((app) => app.appid);
  }

  /** Registers an app (its account too, when new); replaces an app with the same appid. */
  addApp(config: AppConfig): App {
    const account =
      config.account === null ? undefined : (this.account(config.account) ?? this.addAccount(config.account));
    const app: App = {
      ...config,
      openidPrefix: this.#ids.idPrefix('app', config.appid),
      unionidPrefix: account?.unionidPrefix ?? null,
      effectiveLifetimes: {
        codeSeconds: config.lifetimes.codeSeconds ?? this.#lifetimes[CODE_LIFETIME[config.kind]],
        accessTokenSeconds: config.lifetimes.accessTokenSeconds ?? this.#lifetimes.accessTokenSeconds,
        refreshTokenSeconds: config.lifetimes.refreshTokenSeconds ?? this.#lifetimes[REFRESH_LIFETIME[config.kind]],
      },
    };
    this.#apps.set(app.appid, app);
    this.#revision++;
    return app;
  }

  removeApp(appid: string): boolean {
    this.#revision++;
    return this.#apps.delete(appid);
  }

  addPersona(persona: Persona): Persona {
    this.#personas.set(persona.key, persona);
    this.#revision++;
    return persona;
  }

  /** Removes a persona, and its follows with it (a new persona of the same key follows nothing). */
  removePersona(key: string): boolean {
    for (const app of this.#apps.values()) {
      if (app.followers.some((f) => f.persona === key))
        this.#setFollowers(
          app,
          app.followers.filter((f) => f.persona !== key),
        );
    }
    this.#revision++;
    return this.#personas.delete(key);
  }

  /** The persona follows the official account (ML§7), replacing an earlier follow of it. */
  follow(app: App, follower: FollowerConfig): FollowerConfig {
    this.#setFollowers(app, [...app.followers.filter((f) => f.persona !== follower.persona), follower]);
    return follower;
  }

  /** The persona unfollows; false when it did not follow. */
  unfollow(app: App, personaKey: string): boolean {
    const followers = app.followers.filter((f) => f.persona !== personaKey);
    if (followers.length === app.followers.length) return false;
    this.#setFollowers(app, followers);
    return true;
  }

  /** The persona's follow of the app, if it follows (ML§7). */
  follower(app: App, persona: Persona): FollowerConfig | undefined {
    return app.followers.find((f) => f.persona === persona.key);
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

  /** The persona whose openid in `app` this is, if any (a linear scan: personas are few). */
  personaByOpenid(app: App, openid: string): Persona | undefined {
    return this.personas.find((persona) => this.openid(app, persona) === openid);
  }

  #setFollowers(app: App, followers: readonly FollowerConfig[]): void {
    this.#apps.set(app.appid, { ...app, followers });
    this.#revision++;
  }

  #appsOf(accountId: string): App[] {
    return [...this.#apps.values()].filter((app) => app.account === accountId);
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

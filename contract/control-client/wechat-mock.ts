import type {
  AccountInput,
  AccountView,
  AppInput,
  AppView,
  ClockView,
  Fault,
  FaultInput,
  JournalEntry,
  JournalQuery,
  MintedCode,
  OpenData,
  PersonaInput,
  PersonaView,
  ResetResult,
  RevokedGrant,
  Scope,
  TokenState,
} from '../index.js';

/** An app named by its appid, or the app itself as `apps.create()` returned it. */
export type AppRef = string | { readonly appid: string };
/** A persona named by its key, or the persona itself as `personas.create()` returned it. */
export type PersonaRef = string | { readonly key: string };

/** Which journal entries to read: the query of `GET /__mock/journal` without its long poll (`wait`). */
export type JournalFilter = Omit<JournalQuery, 'wait'>;

export interface MockApps {
  /** Registers an app; absent fields take the configuration file's defaults. */
  create(input: AppInput): Promise<AppView>;
  get(app: AppRef): Promise<AppView>;
  list(): Promise<AppView[]>;
  /**
   * Replaces the app's settings with `input` (`PUT /__mock/apps/{appid}`; absent fields take their defaults);
   * the appid stays. Codes and tokens issued after it follow it, e.g. its own `lifetimes`.
   */
  update(app: AppRef, input: AppInput): Promise<AppView>;
  /** Removes the app with its codes, tokens, login sessions, faults and journal entries. */
  delete(app: AppRef): Promise<void>;
}

export interface MockAccounts {
  create(input: AccountInput): Promise<AccountView>;
  get(id: string): Promise<AccountView>;
  list(): Promise<AccountView[]>;
  delete(id: string): Promise<void>;
}

export interface MockPersonas {
  create(input: PersonaInput): Promise<PersonaView>;
  get(persona: PersonaRef): Promise<PersonaView>;
  list(): Promise<PersonaView[]>;
  delete(persona: PersonaRef): Promise<void>;
}

export interface MintOptions {
  readonly app: AppRef;
  readonly persona: PersonaRef;
  /** Default: `snsapi_login` for a website app, `snsapi_userinfo` for an official account; a mini-program takes none (ML§1). */
  readonly scope?: Scope;
}

export interface MockCodes {
  /** A code issued as a completed login would issue it, without the pages (`POST /__mock/codes`). */
  mint(options: MintOptions): Promise<MintedCode>;
}

export interface LoginOptions extends MintOptions {
  /** Where the browser is sent with the code; default a URL on the app's first callback domain. */
  readonly redirectUri?: string;
  /** The state the login carries back; default a random one. */
  readonly state?: string;
}

/** What a login through the pages ends with: the redirect to the app's callback. */
export interface PageLogin {
  readonly code: string;
  readonly state: string;
  /** The URL the browser is sent to (`redirect_uri` with `code` and `state`), for a test to open on its site. */
  readonly callbackUrl: string;
}

export interface MockFaults {
  /** Scripts a failure of the /sns endpoints; every default resolved in the answer. */
  add(input: FaultInput): Promise<Fault>;
  get(id: string): Promise<Fault>;
  list(filter?: { readonly appid?: string }): Promise<Fault[]>;
  remove(fault: string | { readonly id: string }): Promise<void>;
  /** Removes every fault, or one app's. */
  clear(filter?: { readonly appid?: string }): Promise<void>;
}

export interface WaitOptions {
  /** How long to wait in all; default 5000 ms. */
  readonly timeoutMs?: number;
  /** Only entries newer than this id (an entry's `id`, or a page's `lastId`); default every entry. */
  readonly after?: number;
}

export interface MockJournal {
  /** The entries that match, oldest first (at most `limit`, default 100, the newest). */
  find(filter?: JournalFilter): Promise<JournalEntry[]>;
  /**
   * The oldest entry that matches a filter or a predicate, waiting (a long poll on the journal) until one
   * arrives; throws a `MockControlError` (`timeout`) when none does within `timeoutMs`.
   */
  waitFor(match: JournalFilter | ((entry: JournalEntry) => boolean), options?: WaitOptions): Promise<JournalEntry>;
  /** The id of the newest entry of the whole journal (0 when none), e.g. as `after` for `waitFor`. */
  lastId(): Promise<number>;
  /** Drops every entry, or one app's. */
  clear(filter?: { readonly appid?: string }): Promise<void>;
}

export interface MockClock {
  now(): Promise<ClockView>;
  advance(seconds: number): Promise<ClockView>;
  /** Moves the clock to an instant (a Date, an ISO 8601 string or epoch milliseconds), forward or back. */
  set(instant: Date | string | number): Promise<ClockView>;
  freeze(): Promise<ClockView>;
  unfreeze(): Promise<ClockView>;
}

export interface MockTokens {
  /** Expires an access_token or refresh_token now, without moving the clock. */
  expire(token: string): Promise<TokenState>;
  /** Removes the whole grant of a token, as when the user withdraws the authorization. */
  revoke(token: string): Promise<RevokedGrant>;
}

/**
 * A running mock as tests steer it, the same wherever it runs: `startMockServer()` (in this process),
 * `connectMock(url, { token })` (elsewhere) and the started testcontainer all give one. Every method calls
 * the control plane (contract/mock-control.openapi.yaml) and throws a `MockControlError` when it refuses.
 */
export interface WeChatMock {
  /** e.g. `http://127.0.0.1:39211`: use it in place of https://open.weixin.qq.com and https://api.weixin.qq.com. */
  readonly url: string;
  readonly apps: MockApps;
  readonly accounts: MockAccounts;
  readonly personas: MockPersonas;
  readonly codes: MockCodes;
  readonly faults: MockFaults;
  readonly journal: MockJournal;
  readonly clock: MockClock;
  readonly tokens: MockTokens;
  /**
   * Logs `persona` in to `app` through the login pages, as a person approving in the browser would (the
   * requests are journalled like theirs), and returns the code the pages redirect to the callback with.
   */
  login(options: LoginOptions): Promise<PageLogin>;
  /**
   * What wx.getUserProfile hands the mini-program `app` for `persona` (rawData, signature, encryptedData, iv),
   * encrypted with the persona's live session_key (ML§3.1); the persona must have signed in at jscode2session.
   */
  openData(options: { readonly app: AppRef; readonly persona: PersonaRef }): Promise<OpenData>;
  /** Restores the seeded state, or with `appid` clears only that app's codes, tokens, faults and journal. */
  reset(options?: { readonly appid?: AppRef }): Promise<ResetResult>;
  /** Stops what was started (the server, the container); for `connectMock`, nothing. */
  close(): Promise<void>;
}

import createClient from 'openapi-fetch';
import type { ControlPaths, JournalPage } from '../index.js';
import { loginThroughPages } from './login-through-pages.js';
import { MockControlError } from './mock-control-error.js';
import { waitForEntry } from './wait-for-entry.js';
import type { AppRef, JournalFilter, PersonaRef, WeChatMock } from './wechat-mock.js';

export interface ConnectOptions {
  /** The control plane's bearer token, when it demands one (a mock listening beyond loopback). */
  readonly token?: string | null;
  /** Runs every request; default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** What `close()` does: stop what the caller started; default nothing. */
  readonly close?: () => Promise<void>;
}

/** What openapi-fetch resolves with: the body (`data`) on success, the error body (`error`) otherwise. */
interface Answer<D> {
  readonly data?: D;
  readonly error?: unknown;
  readonly response: Response;
}

const appidOf = (app: AppRef) => (typeof app === 'string' ? app : app.appid);
const keyOf = (persona: PersonaRef) => (typeof persona === 'string' ? persona : persona.key);

/**
 * The mock at `url` as a `WeChatMock`: one HTTP client of its control plane, typed from
 * contract/mock-control.openapi.yaml. Every failed call throws a `MockControlError`.
 */
export function connectMock(url: string, options: ConnectOptions = {}): WeChatMock {
  const baseUrl = url.replace(/\/+$/, '');
  const fetchFn = options.fetch ?? globalThis.fetch;
  const token = options.token ?? null;
  const client = createClient<ControlPaths>({
    baseUrl,
    fetch: (request) => fetchFn(request),
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
  /** The body of a successful answer; a `MockControlError` for any other. */
  const ok = async <D>(pending: Promise<Answer<D>>): Promise<D> => {
    const { data, error, response } = await pending;
    if (!response.ok) throw MockControlError.fromAnswer(response.status, error, response.url);
    return data as D;
  };
  const done = async (pending: Promise<Answer<unknown>>): Promise<void> => {
    await ok(pending);
  };
  const readJournal = (query: JournalFilter & { wait?: number }): Promise<JournalPage> =>
    ok(client.GET('/__mock/journal', { params: { query } }));

  const mock: WeChatMock = {
    url: baseUrl,
    apps: {
      create: (body) => ok(client.POST('/__mock/apps', { body })),
      get: (app) => ok(client.GET('/__mock/apps/{appid}', { params: { path: { appid: appidOf(app) } } })),
      list: async () => (await ok(client.GET('/__mock/apps'))).apps,
      update: (app, body) =>
        ok(client.PUT('/__mock/apps/{appid}', { params: { path: { appid: appidOf(app) } }, body })),
      delete: (app) => done(client.DELETE('/__mock/apps/{appid}', { params: { path: { appid: appidOf(app) } } })),
    },
    accounts: {
      create: (body) => ok(client.POST('/__mock/accounts', { body })),
      get: (id) => ok(client.GET('/__mock/accounts/{id}', { params: { path: { id } } })),
      list: async () => (await ok(client.GET('/__mock/accounts'))).accounts,
      delete: (id) => done(client.DELETE('/__mock/accounts/{id}', { params: { path: { id } } })),
    },
    personas: {
      create: (body) => ok(client.POST('/__mock/personas', { body })),
      get: (persona) => ok(client.GET('/__mock/personas/{key}', { params: { path: { key: keyOf(persona) } } })),
      list: async () => (await ok(client.GET('/__mock/personas'))).personas,
      delete: (persona) => done(client.DELETE('/__mock/personas/{key}', { params: { path: { key: keyOf(persona) } } })),
    },
    openData: ({ app, persona }) =>
      ok(client.POST('/__mock/open-data', { body: { appid: appidOf(app), persona: keyOf(persona) } })),
    codes: {
      mint: ({ app, persona, scope }) =>
        ok(
          client.POST('/__mock/codes', {
            body: { appid: appidOf(app), persona: keyOf(persona), ...(scope === undefined ? {} : { scope }) },
          }),
        ),
    },
    faults: {
      add: (body) => ok(client.POST('/__mock/faults', { body })),
      get: (id) => ok(client.GET('/__mock/faults/{id}', { params: { path: { id } } })),
      list: async (filter = {}) => (await ok(client.GET('/__mock/faults', { params: { query: filter } }))).faults,
      remove: (fault) =>
        done(
          client.DELETE('/__mock/faults/{id}', {
            params: { path: { id: typeof fault === 'string' ? fault : fault.id } },
          }),
        ),
      clear: (filter = {}) => done(client.DELETE('/__mock/faults', { params: { query: filter } })),
    },
    journal: {
      find: async (filter = {}) => (await readJournal(filter)).entries,
      waitFor: (match, waitOptions = {}) => waitForEntry(readJournal, match, waitOptions),
      lastId: async () => (await readJournal({ limit: 1 })).lastId,
      clear: (filter = {}) => done(client.DELETE('/__mock/journal', { params: { query: filter } })),
    },
    clock: {
      now: () => ok(client.GET('/__mock/clock')),
      advance: (seconds) => ok(client.POST('/__mock/clock/advance', { body: { seconds } })),
      set: (instant) =>
        ok(
          client.POST('/__mock/clock/set', {
            body:
              typeof instant === 'number'
                ? { epochMs: instant }
                : { to: typeof instant === 'string' ? instant : instant.toISOString() },
          }),
        ),
      freeze: () => ok(client.POST('/__mock/clock/freeze')),
      unfreeze: () => ok(client.POST('/__mock/clock/unfreeze')),
    },
    tokens: {
      expire: (token) => ok(client.POST('/__mock/tokens/expire', { body: { token } })),
      revoke: (token) => ok(client.POST('/__mock/tokens/revoke', { body: { token } })),
    },
    async login(login) {
      const [app, persona] = await Promise.all([mock.apps.get(login.app), mock.personas.get(login.persona)]);
      return loginThroughPages(baseUrl, fetchFn, app, persona.key, login);
    },
    reset: (resetOptions = {}) =>
      ok(
        client.POST('/__mock/reset', {
          params: { query: resetOptions.appid === undefined ? {} : { appid: appidOf(resetOptions.appid) } },
        }),
      ),
    close: options.close ?? (async () => {}),
  };
  return mock;
}

import type { JournalEntry } from '../../../contract/index.js';

/** The steps of one login as the journal shows them (reference §1–§5). */
export type LoginStep = 'page' | 'confirm' | 'exchange' | 'userinfo' | 'auth' | 'refresh';

export interface LoginTag {
  /** Numbered from 1 in the order logins started. */
  readonly login: number;
  readonly step: LoginStep;
}

interface Login {
  readonly id: number;
  readonly appid: string | null;
  persona: string | null;
  exchanged: boolean;
}

/** Past this many remembered keys the oldest half is forgotten: the dashboard keeps at most 10,000 entries. */
const MEMORY = 40_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > MEMORY) {
    let drop = map.size / 2;
    for (const old of map.keys()) {
      if (drop-- <= 0) break;
      map.delete(old);
    }
  }
}

function codeOf(location: string | null): string | null {
  if (location === null) return null;
  return /[?&]code=([A-Za-z0-9]+)/.exec(location)?.[1] ?? null;
}

/** The token fields of an /sns success body (masked the same way as the query of later calls). */
function tokensOf(body: string | null): string[] {
  if (body === null) return [];
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return [parsed.access_token, parsed.refresh_token].filter((t): t is string => typeof t === 'string');
  } catch {
    return [];
  }
}

/**
 * Ties journal entries into logins, in the order they arrive: the login page (qrconnect or oauth2/authorize),
 * the confirmation (QR image, long poll, phone page, allow/deny, all named by the session uuid), the code
 * exchange (by the code in the confirmation's redirect, else the app and persona of the last confirmation),
 * then userinfo, auth and refresh (by the masked tokens the exchange answered, which the journal masks the
 * same way in their queries).
 */
export class LoginGrouper {
  #next = 0;
  readonly #pendingByApp = new Map<string, Login>();
  readonly #byUuid = new Map<string, Login>();
  readonly #byCode = new Map<string, Login>();
  readonly #byToken = new Map<string, Login>();

  tag(entry: JournalEntry): LoginTag | null {
    const { path, query } = entry;
    if (path === '/connect/qrconnect' || path === '/connect/oauth2/authorize') {
      const pending = entry.appid === null ? undefined : this.#pendingByApp.get(entry.appid);
      // WeChat's authorize page redirects to itself once with connect_redirect=1: one login, not two.
      if (query.connect_redirect === '1' && pending !== undefined && !pending.exchanged)
        return this.#step(pending, 'page');
      const login = this.#start(entry);
      if (entry.appid !== null) remember(this.#pendingByApp, entry.appid, login);
      return this.#step(login, 'page');
    }
    if (path.startsWith('/connect/')) {
      const uuid = query.uuid ?? /^\/connect\/qrcode\/([A-Za-z0-9]+)$/.exec(path)?.[1];
      let login = uuid === undefined ? undefined : this.#byUuid.get(uuid);
      if (login === undefined) {
        const pending = entry.appid === null ? undefined : this.#pendingByApp.get(entry.appid);
        login = pending !== undefined && !pending.exchanged ? pending : this.#start(entry);
        if (uuid !== undefined) remember(this.#byUuid, uuid, login);
      }
      if (entry.persona !== null) login.persona = entry.persona;
      const code = codeOf(entry.location);
      if (code !== null) remember(this.#byCode, code, login);
      return this.#step(login, path.startsWith('/connect/qrcode/') ? 'page' : 'confirm');
    }
    if (path === '/sns/oauth2/access_token') {
      let login = query.code === undefined ? undefined : this.#byCode.get(query.code);
      if (login === undefined && entry.appid !== null) {
        const pending = this.#pendingByApp.get(entry.appid);
        if (pending !== undefined && !pending.exchanged && pending.persona === entry.persona) login = pending;
      }
      login ??= this.#start(entry);
      login.exchanged = true;
      for (const token of tokensOf(entry.body)) remember(this.#byToken, token, login);
      return this.#step(login, 'exchange');
    }
    const step: LoginStep | undefined =
      path === '/sns/userinfo'
        ? 'userinfo'
        : path === '/sns/auth'
          ? 'auth'
          : path === '/sns/oauth2/refresh_token'
            ? 'refresh'
            : undefined;
    if (step === undefined) return null;
    const token = step === 'refresh' ? query.refresh_token : query.access_token;
    const login = token === undefined ? undefined : this.#byToken.get(token);
    if (login === undefined) return null;
    for (const fresh of tokensOf(entry.body)) remember(this.#byToken, fresh, login);
    return this.#step(login, step);
  }

  #start(entry: JournalEntry): Login {
    return { id: ++this.#next, appid: entry.appid, persona: entry.persona, exchanged: false };
  }

  #step(login: Login, step: LoginStep): LoginTag {
    return { login: login.id, step };
  }
}

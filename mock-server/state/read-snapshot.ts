import { join, type Reader, show } from '../config/config-reader.js';
import { readApp } from '../config/read-app.js';
import { readFault } from '../config/read-fault.js';
import { readPersona, readPhone } from '../config/read-persona.js';
import type { JournalRecord } from '../model/journal.js';
import type { LoginProgress } from '../model/login-sessions.js';
import type {
  ClockSnapshot,
  CodeSnapshot,
  FaultRuleSnapshot,
  FaultsSnapshot,
  GrantSnapshot,
  JournalSnapshot,
  ModelSnapshot,
  PhoneCodeSnapshot,
  RegistrySnapshot,
  ServerTokenSlotSnapshot,
  ServerTokenSnapshot,
  SessionKeySnapshot,
  SessionSnapshot,
} from '../model/model-snapshot.js';
import { CODE_ROW, GRANT_ROW, ISSUED, type RowNames } from './state-rows.js';

/** What a snapshot's sections are read against: the apps and personas its own registry holds. */
interface Known {
  readonly appids: ReadonlySet<string>;
  readonly personas: ReadonlySet<string>;
}

/** A token or code: the state file's rows write them unescaped (state-rows.ts), so none of another shape gets in. */
function issued(r: Reader, value: unknown, path: string): string {
  if (typeof value !== 'string' || !ISSUED.test(value)) {
    r.fail(path, `expected a token or code as the mock issues them (1 to 512 of A-Z a-z 0-9 _ -), got ${show(value)}`);
  }
  return value as string;
}

function time(r: Reader, value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    r.fail(path, `expected a whole number of milliseconds, got ${show(value)}`);
    return 0;
  }
  return value;
}

function count(r: Reader, value: unknown, path: string): number {
  return r.integer(value, path, 0, 0, Number.MAX_SAFE_INTEGER);
}

function text(r: Reader, value: unknown, path: string): string {
  if (typeof value !== 'string') r.fail(path, `expected a string, got ${show(value)}`);
  return value as string;
}

function known(r: Reader, value: unknown, path: string, among: ReadonlySet<string>, what: string): string {
  if (!among.has(value as string)) r.fail(path, `expected the ${what} of one in the registry, got ${show(value)}`);
  return value as string;
}

function list<T>(r: Reader, value: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
  return r.array(value, path).map((item, i) => read(item, join(path, i)));
}

function readClock(r: Reader, raw: unknown): ClockSnapshot {
  const o = r.object(raw, 'clock', ['frozen', 'offsetMs', 'at']);
  if (o.frozen === true) return { frozen: true, at: time(r, o.at, 'clock.at') };
  if (o.frozen !== false) r.fail('clock.frozen', `expected true or false, got ${show(o.frozen)}`);
  return { frozen: false, offsetMs: time(r, o.offsetMs, 'clock.offsetMs') };
}

/**
 * A mini-program or mobile app is saved with its callback domains, an empty list, which a configuration may not
 * give (such an app takes none): read as none, so the state file reads what it wrote.
 */
function withoutEmptyDomains(app: unknown): unknown {
  if (typeof app !== 'object' || app === null || !('callbackDomains' in app)) return app;
  const { callbackDomains, ...rest } = app as Record<string, unknown>;
  return Array.isArray(callbackDomains) && callbackDomains.length === 0 ? rest : app;
}

function readRegistry(r: Reader, raw: unknown, seed: string): RegistrySnapshot {
  const o = r.object(raw, 'registry', ['accounts', 'apps', 'personas']);
  const accounts = list(r, o.accounts, 'registry.accounts', (item, path) => r.requiredString(item, path));
  const apps = list(r, o.apps, 'registry.apps', (item, path) => readApp(r, withoutEmptyDomains(item), path, seed));
  const personas = list(r, o.personas, 'registry.personas', (item, path) => readPersona(r, item, path, seed));
  r.unique(
    apps.map((app) => app.appid),
    (i) => `registry.apps[${i}].appid`,
    'appid',
  );
  r.unique(
    personas.map((persona) => persona.key),
    (i) => `registry.personas[${i}].key`,
    'persona key',
  );
  return { accounts, apps, personas };
}

const CODE_KEYS = ['code', 'appid', 'persona', 'scope', 'expiresAt', 'used', 'keepUntil'];

function readCode(r: Reader, raw: unknown, path: string, k: Known): CodeSnapshot {
  const o = r.object(raw, path, CODE_KEYS);
  return {
    code: issued(r, o.code, join(path, 'code')),
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    persona: known(r, o.persona, join(path, 'persona'), k.personas, 'key'),
    scope: text(r, o.scope, join(path, 'scope')),
    expiresAt: time(r, o.expiresAt, join(path, 'expiresAt')),
    used: o.used === true,
    keepUntil: time(r, o.keepUntil, join(path, 'keepUntil')),
  };
}

const GRANT_KEYS = ['appid', 'persona', 'scope', 'accessToken', 'accessExpiresAt', 'refreshToken', 'refreshExpiresAt'];

function readGrant(r: Reader, raw: unknown, path: string, k: Known): GrantSnapshot {
  const o = r.object(raw, path, GRANT_KEYS);
  return {
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    persona: known(r, o.persona, join(path, 'persona'), k.personas, 'key'),
    scope: text(r, o.scope, join(path, 'scope')),
    accessToken: issued(r, o.accessToken, join(path, 'accessToken')),
    accessExpiresAt: time(r, o.accessExpiresAt, join(path, 'accessExpiresAt')),
    refreshToken: issued(r, o.refreshToken, join(path, 'refreshToken')),
    refreshExpiresAt: time(r, o.refreshExpiresAt, join(path, 'refreshExpiresAt')),
  };
}

const SERVER_TOKEN_KEYS = ['token', 'expiresAt', 'validUntil'];

function readServerToken(r: Reader, raw: unknown, path: string): ServerTokenSnapshot | null {
  if (raw === null) return null;
  const o = r.object(raw, path, SERVER_TOKEN_KEYS);
  return {
    token: r.requiredString(o.token, join(path, 'token')),
    expiresAt: time(r, o.expiresAt, join(path, 'expiresAt')),
    validUntil: time(r, o.validUntil, join(path, 'validUntil')),
  };
}

const SLOT_KEYS = ['appid', 'slot', 'current', 'previous', 'forcedDay', 'forcedCount', 'lastForcedAt'];

function readServerTokenSlot(r: Reader, raw: unknown, path: string, k: Known): ServerTokenSlotSnapshot {
  const o = r.object(raw, path, SLOT_KEYS);
  return {
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    slot: r.oneOf(o.slot, join(path, 'slot'), ['token', 'stable'] as const, 'token'),
    current: readServerToken(r, o.current, join(path, 'current')),
    previous: readServerToken(r, o.previous, join(path, 'previous')),
    forcedDay: count(r, o.forcedDay, join(path, 'forcedDay')),
    forcedCount: count(r, o.forcedCount, join(path, 'forcedCount')),
    lastForcedAt: o.lastForcedAt === null ? null : time(r, o.lastForcedAt, join(path, 'lastForcedAt')),
  };
}

const PHONE_CODE_KEYS = ['code', 'appid', 'persona', 'phone', 'mintedAt', 'expiresAt'];

function readPhoneCode(r: Reader, raw: unknown, path: string, k: Known): PhoneCodeSnapshot {
  const o = r.object(raw, path, PHONE_CODE_KEYS);
  const phone = readPhone(r, o.phone, join(path, 'phone'));
  if (phone === null) r.fail(join(path, 'phone'), 'expected the number the code was minted for, got none');
  return {
    code: r.requiredString(o.code, join(path, 'code')),
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    persona: known(r, o.persona, join(path, 'persona'), k.personas, 'key'),
    phone: phone ?? { countryCode: '86', number: '' },
    mintedAt: time(r, o.mintedAt, join(path, 'mintedAt')),
    expiresAt: time(r, o.expiresAt, join(path, 'expiresAt')),
  };
}

const SESSION_KEY_KEYS = ['appid', 'persona', 'sessionKey', 'rotatedAt'];

function readSessionKey(r: Reader, raw: unknown, path: string, k: Known): SessionKeySnapshot {
  const o = r.object(raw, path, SESSION_KEY_KEYS);
  return {
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    persona: known(r, o.persona, join(path, 'persona'), k.personas, 'key'),
    sessionKey: r.requiredString(o.sessionKey, join(path, 'sessionKey')),
    rotatedAt: time(r, o.rotatedAt, join(path, 'rotatedAt')),
  };
}

const SESSION_KEYS = ['id', 'flow', 'appid', 'redirectUri', 'state', 'scope', 'lang', 'expiresAt', 'progress'];

function readProgress(r: Reader, raw: unknown, path: string): LoginProgress {
  const o = r.object(raw, path, ['state', 'code']);
  const state = r.oneOf(
    o.state,
    join(path, 'state'),
    ['waiting', 'scanned', 'confirmed', 'cancelled'] as const,
    'waiting',
  );
  return state === 'confirmed' ? { state, code: r.requiredString(o.code, join(path, 'code')) } : { state };
}

function readSession(r: Reader, raw: unknown, path: string, k: Known): SessionSnapshot {
  const o = r.object(raw, path, SESSION_KEYS);
  return {
    id: r.requiredString(o.id, join(path, 'id')),
    flow: r.oneOf(o.flow, join(path, 'flow'), ['qrconnect', 'oauth2'] as const, 'qrconnect'),
    appid: known(r, o.appid, join(path, 'appid'), k.appids, 'appid'),
    redirectUri: r.requiredString(o.redirectUri, join(path, 'redirectUri')),
    state: text(r, o.state, join(path, 'state')),
    scope: text(r, o.scope, join(path, 'scope')),
    lang: r.oneOf(o.lang, join(path, 'lang'), ['cn', 'en'] as const, 'cn'),
    expiresAt: time(r, o.expiresAt, join(path, 'expiresAt')),
    progress: readProgress(r, o.progress, join(path, 'progress')),
  };
}

const RULE_KEYS = ['id', 'match', 'effect', 'times', 'probability', 'seed', 'createdAt', 'matched', 'fired', 'draws'];

function readRule(r: Reader, raw: unknown, path: string): FaultRuleSnapshot {
  const { id, createdAt, matched, fired, draws, ...spec } = r.object(raw, path, RULE_KEYS);
  const read = readFault(r, spec, path);
  if (typeof id !== 'string' || !/^f\d+$/.test(id)) r.fail(join(path, 'id'), `expected f1, f2…, got ${show(id)}`);
  return {
    ...read,
    id: id as string,
    seed: r.requiredString(spec.seed, join(path, 'seed')),
    createdAt: time(r, createdAt, join(path, 'createdAt')),
    matched: count(r, matched, join(path, 'matched')),
    fired: count(r, fired, join(path, 'fired')),
    draws: count(r, draws, join(path, 'draws')),
  };
}

function readFaults(r: Reader, raw: unknown): FaultsSnapshot {
  const o = r.object(raw, 'faults', ['nextId', 'rules']);
  const rules = list(r, o.rules, 'faults.rules', (item, path) => readRule(r, item, path));
  r.unique(
    rules.map((rule) => rule.id),
    (i) => `faults.rules[${i}].id`,
    'fault id',
  );
  return { nextId: r.integer(o.nextId, 'faults.nextId', 1, 1, Number.MAX_SAFE_INTEGER), rules };
}

const RECORD_KEYS = [
  'id',
  'time',
  'method',
  'path',
  'query',
  'appid',
  'persona',
  'status',
  'errcode',
  'headers',
  'body',
  'location',
  'durationMs',
  'fault',
];

/** A journal entry: its shape is checked, its values are the mock's own record of what it was sent. */
function readRecord(r: Reader, raw: unknown, path: string): JournalRecord {
  const o = r.object(raw, path, RECORD_KEYS);
  count(r, o.id, join(path, 'id'));
  time(r, o.time, join(path, 'time'));
  text(r, o.method, join(path, 'method'));
  text(r, o.path, join(path, 'path'));
  r.object(o.query, join(path, 'query'), Object.keys(o.query ?? {}));
  count(r, o.status, join(path, 'status'));
  if (typeof o.durationMs !== 'number')
    r.fail(join(path, 'durationMs'), `expected a number, got ${show(o.durationMs)}`);
  for (const key of ['appid', 'persona', 'body', 'location'] as const) {
    if (o[key] !== null) text(r, o[key], join(path, key));
  }
  if (o.errcode !== null && typeof o.errcode !== 'number') {
    r.fail(join(path, 'errcode'), `expected a number or null, got ${show(o.errcode)}`);
  }
  for (const key of ['headers', 'fault'] as const) {
    if (o[key] !== null) r.object(o[key], join(path, key), Object.keys(o[key] ?? {}));
  }
  return o as unknown as JournalRecord;
}

function readJournal(r: Reader, raw: unknown): JournalSnapshot {
  const o = r.object(raw, 'journal', ['lastId', 'records']);
  const records = list(r, o.records, 'journal.records', (item, path) => readRecord(r, item, path));
  return { lastId: count(r, o.lastId, 'journal.lastId'), records };
}

function readNames(r: Reader, raw: unknown, k: Known): RowNames {
  const o = r.object(raw, 'names', ['appids', 'personas', 'scopes']);
  return {
    appids: list(r, o.appids, 'names.appids', (item, path) => known(r, item, path, k.appids, 'appid')),
    personas: list(r, o.personas, 'names.personas', (item, path) => known(r, item, path, k.personas, 'key')),
    scopes: list(r, o.scopes, 'names.scopes', (item, path) => text(r, item, path)),
  };
}

/*
 * A row's fields are checked where they stand and a path is only spelled out for a problem: a file holds
 * tens of thousands of rows, and the start waits for them (docs/decisions/0033).
 */

function isRow(r: Reader, raw: unknown, path: string, fields: readonly string[]): raw is unknown[] {
  if (Array.isArray(raw) && raw.length === fields.length) return true;
  r.fail(
    path,
    `expected a row of ${fields.length} (${fields.join(', ')}), got ${Array.isArray(raw) ? `${raw.length}` : show(raw)}`,
  );
  return false;
}

function name(r: Reader, value: unknown, path: string, i: number, names: readonly string[], what: string): string {
  const found = typeof value === 'number' ? names[value] : undefined;
  if (found === undefined) r.fail(join(path, i), `expected the index of a ${what} in names, got ${show(value)}`);
  return found as string;
}

function issuedField(r: Reader, value: unknown, path: string, i: number): string {
  return typeof value === 'string' && ISSUED.test(value) ? value : issued(r, value, join(path, i));
}

function instant(r: Reader, value: unknown, path: string, i: number): number {
  return Number.isSafeInteger(value) ? (value as number) : time(r, value, join(path, i));
}

function readGrantRow(r: Reader, raw: unknown, path: string, names: RowNames): GrantSnapshot | undefined {
  if (!isRow(r, raw, path, GRANT_ROW)) return undefined;
  const [appid, persona, scope, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt] = raw;
  return {
    appid: name(r, appid, path, 0, names.appids, 'appid'),
    persona: name(r, persona, path, 1, names.personas, 'persona'),
    scope: name(r, scope, path, 2, names.scopes, 'scope'),
    accessToken: issuedField(r, accessToken, path, 3),
    accessExpiresAt: instant(r, accessExpiresAt, path, 4),
    refreshToken: issuedField(r, refreshToken, path, 5),
    refreshExpiresAt: instant(r, refreshExpiresAt, path, 6),
  };
}

function readCodeRow(r: Reader, raw: unknown, path: string, names: RowNames): CodeSnapshot | undefined {
  if (!isRow(r, raw, path, CODE_ROW)) return undefined;
  const [appid, persona, scope, code, expiresAt, used, keepUntil] = raw;
  if (typeof used !== 'boolean') r.fail(join(path, 5), `expected true or false, got ${show(used)}`);
  return {
    appid: name(r, appid, path, 0, names.appids, 'appid'),
    persona: name(r, persona, path, 1, names.personas, 'persona'),
    scope: name(r, scope, path, 2, names.scopes, 'scope'),
    code: issuedField(r, code, path, 3),
    expiresAt: instant(r, expiresAt, path, 4),
    used: used === true,
    keepUntil: instant(r, keepUntil, path, 6),
  };
}

/** Reads `raw` as a list of rows; rows that are not rows at all are left out (the problem is in `r`, so nothing is restored). */
function rows<T>(r: Reader, raw: unknown, path: string, read: (item: unknown, path: string) => T | undefined): T[] {
  return list(r, raw, path, read).filter((item): item is T => item !== undefined);
}

/** The sections of a state file this mock reads, besides the model's. */
export const HEADER_KEYS = ['format', 'version', 'savedAt', 'seed'];

type Items = Pick<ModelSnapshot, 'codes' | 'grants'>;

/** Version 1 (docs/decisions/0022): each code and grant an object naming its fields. */
function readItems(r: Reader, o: Record<string, unknown>, k: Known): Items {
  return {
    codes: list(r, o.codes, 'codes', (item, path) => readCode(r, item, path, k)),
    grants: list(r, o.grants, 'grants', (item, path) => readGrant(r, item, path, k)),
  };
}

/** Version 2 (docs/decisions/0033): each code and grant a row, naming its app, persona and scope by index into `names`. */
function readRows(r: Reader, o: Record<string, unknown>, k: Known): Items {
  const names = readNames(r, o.names, k);
  return {
    codes: rows(r, o.codes, 'codes', (item, path) => readCodeRow(r, item, path, names)),
    grants: rows(r, o.grants, 'grants', (item, path) => readGrantRow(r, item, path, names)),
  };
}

/**
 * Reads a parsed state file's model sections into a snapshot, every problem into `r`: apps and personas as
 * a config file's are read, faults as the control API's, and every appid and persona key named elsewhere
 * must be in the file's own registry (so a restore never meets a code of an app it does not know).
 */
export function readSnapshot(r: Reader, o: Record<string, unknown>, seed: string, version: number): ModelSnapshot {
  const registry = readRegistry(r, o.registry, seed);
  const k: Known = {
    appids: new Set(registry.apps.map((app) => app.appid)),
    personas: new Set(registry.personas.map((persona) => persona.key)),
  };
  const { codes, grants } = version === 1 ? readItems(r, o, k) : readRows(r, o, k);
  return {
    clock: readClock(r, o.clock),
    registry,
    codes,
    grants,
    sessions: list(r, o.sessions, 'sessions', (item, path) => readSession(r, item, path, k)),
    faults: readFaults(r, o.faults),
    // Absent from files written before server tokens, phone codes and session keys were kept (docs/decisions/0032).
    serverTokens: list(r, o.serverTokens ?? [], 'serverTokens', (item, path) => readServerTokenSlot(r, item, path, k)),
    phoneCodes: list(r, o.phoneCodes ?? [], 'phoneCodes', (item, path) => readPhoneCode(r, item, path, k)),
    sessionKeys: list(r, o.sessionKeys ?? [], 'sessionKeys', (item, path) => readSessionKey(r, item, path, k)),
    ...(o.journal === undefined ? {} : { journal: readJournal(r, o.journal) }),
  };
}

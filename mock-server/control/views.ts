import type {
  AccountView,
  AppView,
  ClockView,
  Fault as FaultView,
  GrantView,
  JournalEntry as JournalEntryView,
  PersonaView,
  TokenState as TokenStateView,
} from '../../contract/index.js';
import type { Clock } from '../core/clock.js';
import type { FaultRule } from '../model/fault-rules.js';
import type { JournalRecord } from '../model/journal.js';
import type { Account, App, Persona, Registry } from '../model/registry.js';
import type { Grant } from '../model/token-book.js';
import { maskBody, maskQuery } from './mask.js';

/** How the control plane shows the mock's state: the schemas of contract/mock-control.openapi.yaml. */
const iso = (ms: number) => new Date(ms).toISOString();

export const appView = (app: App): AppView => ({
  appid: app.appid,
  secret: app.secret,
  kind: app.kind,
  name: app.name,
  account: app.account,
  callbackDomains: [...app.callbackDomains],
  rateLimitPerMinute: app.rateLimitPerMinute,
  lifetimes: { ...app.lifetimes },
});

export const accountView = (account: Account, registry: Registry): AccountView => ({
  id: account.id,
  unionidPrefix: account.unionidPrefix,
  apps: registry.appsOf(account.id),
});

export const personaView = (persona: Persona): PersonaView => ({
  key: persona.key,
  nickname: persona.nickname,
  sex: persona.sex,
  language: persona.language,
  headimgurl: persona.headimgurl,
  privilege: [...persona.privilege],
  profile: persona.profile,
  region: { ...persona.region },
});

export const clockView = (clock: Clock): ClockView => {
  const now = clock.now();
  return { now: iso(now), epochMs: now, offsetMs: clock.offsetMs, frozen: clock.frozen };
};

export const tokenStateView = (grant: Grant, kind: TokenStateView['kind']): TokenStateView => ({
  kind,
  appid: grant.app.appid,
  persona: grant.persona.key,
  scope: grant.scope as TokenStateView['scope'],
  accessTokenExpiresAt: iso(grant.accessExpiresAt),
  refreshTokenExpiresAt: iso(grant.refreshExpiresAt),
});

export const grantView = (grant: Grant): GrantView => ({
  appid: grant.app.appid,
  persona: grant.persona.key,
  openid: grant.openid,
  scope: grant.scope as GrantView['scope'],
  accessToken: grant.accessToken,
  accessTokenExpiresAt: iso(grant.accessExpiresAt),
  refreshToken: grant.refreshToken,
  refreshTokenExpiresAt: iso(grant.refreshExpiresAt),
});

export const faultView = (rule: FaultRule): FaultView =>
  ({
    id: rule.id,
    match: { ...rule.match },
    effect: { ...rule.effect },
    times: rule.times,
    probability: rule.probability,
    seed: rule.seed,
    matched: rule.matched,
    fired: rule.fired,
    remaining: rule.times === 'always' ? null : Math.max(0, rule.times - rule.fired),
    createdAt: iso(rule.createdAt),
  }) as FaultView;

/** A journal entry with secrets and tokens masked (contract: JournalEntry). */
export const journalEntryView = (record: JournalRecord): JournalEntryView =>
  ({
    id: record.id,
    time: iso(record.time),
    method: record.method,
    path: record.path,
    query: maskQuery(record.query),
    appid: record.appid,
    persona: record.persona,
    status: record.status,
    errcode: record.errcode,
    headers: record.headers === null ? null : { ...record.headers },
    body: record.body === null ? null : maskBody(record.body),
    location: record.location,
    durationMs: Math.round(record.durationMs * 1000) / 1000,
    fault: record.fault,
  }) as JournalEntryView;

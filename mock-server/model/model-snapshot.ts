import type { AppConfig, PersonaConfig, PersonaPhone } from '../config/mock-config.js';
import type { FaultSpec } from './fault-rules.js';
import type { JournalRecord } from './journal.js';
import type { LoginSession } from './login-sessions.js';

/**
 * The model's state as plain JSON: what each book gives from `snapshot()` and takes back in `restore()`.
 * Apps, personas and sessions are named by appid and persona key, never held as objects, so a snapshot can
 * be written to a file (docs/decisions/0022) and any store behind this boundary can hold it.
 */
export interface ModelSnapshot {
  readonly clock: ClockSnapshot;
  readonly registry: RegistrySnapshot;
  readonly codes: readonly CodeSnapshot[];
  readonly grants: readonly GrantSnapshot[];
  readonly sessions: readonly SessionSnapshot[];
  readonly faults: FaultsSnapshot;
  /** The server tokens' slots (a file written before they were kept has none: read as empty). */
  readonly serverTokens: readonly ServerTokenSlotSnapshot[];
  /** The getPhoneNumber codes (likewise). */
  readonly phoneCodes: readonly PhoneCodeSnapshot[];
  /** The mini-programs' session keys (likewise). */
  readonly sessionKeys: readonly SessionKeySnapshot[];
  /** Absent when the journal is not kept. */
  readonly journal?: JournalSnapshot;
}

/**
 * The model's state in the order a state file saves it without stopping requests (docs/decisions/0033):
 * first the grants and then the codes, read a slice at a time between requests, each as it is when reached
 * (what is added meanwhile is reached too); then the rest at one instant. In that order a grant in the file
 * was issued before its code was read, so the code is saved spent: a code is never saved unspent beside a
 * grant issued for it.
 */
export interface SnapshotInSteps {
  readonly grants: Iterable<GrantSnapshot>;
  readonly codes: Iterable<CodeSnapshot>;
  /** Everything else, at the instant it is called (after the grants and codes were read). */
  readonly rest: () => Omit<ModelSnapshot, 'grants' | 'codes'>;
}

/** A whole snapshot, already taken, as steps. */
export function inSteps({ grants, codes, ...rest }: ModelSnapshot): SnapshotInSteps {
  return { grants, codes, rest: () => rest };
}

/** A running clock keeps its distance from real time (time goes on while the mock is down); a frozen one its instant. */
export type ClockSnapshot =
  | { readonly frozen: false; readonly offsetMs: number }
  | { readonly frozen: true; readonly at: number };

export interface RegistrySnapshot {
  /** Every account id, including those no app is bound to any more. */
  readonly accounts: readonly string[];
  readonly apps: readonly AppConfig[];
  readonly personas: readonly PersonaConfig[];
}

export interface CodeSnapshot {
  readonly code: string;
  readonly appid: string;
  readonly persona: string;
  readonly scope: string;
  readonly expiresAt: number;
  readonly used: boolean;
  /** Until when the mock remembers the code (so reuse answers 40163, not 40029). */
  readonly keepUntil: number;
}

export interface GrantSnapshot {
  readonly appid: string;
  readonly persona: string;
  readonly scope: string;
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
  readonly refreshExpiresAt: number;
}

/** A server token: when it expires, and when a newer one cut its life short (else its expiry). */
export interface ServerTokenSnapshot {
  readonly token: string;
  readonly expiresAt: number;
  readonly validUntil: number;
}

/** One app's `/cgi-bin/token` or `/cgi-bin/stable_token` slot (ML§5): its tokens and forced refreshes. */
export interface ServerTokenSlotSnapshot {
  readonly appid: string;
  readonly slot: 'token' | 'stable';
  readonly current: ServerTokenSnapshot | null;
  /** The token `current` replaced, still known (working for its overlap, then 40001). */
  readonly previous: ServerTokenSnapshot | null;
  /** stable_token's forced refreshes on `forcedDay` (a day in China), and when the last one was. */
  readonly forcedDay: number;
  readonly forcedCount: number;
  readonly lastForcedAt: number | null;
}

export interface PhoneCodeSnapshot {
  readonly code: string;
  readonly appid: string;
  readonly persona: string;
  /** The number as it was when the code was minted. */
  readonly phone: PersonaPhone;
  readonly mintedAt: number;
  readonly expiresAt: number;
}

/** The live session_key of a (mini-program, persona) and when it was issued (ML§2.1). */
export interface SessionKeySnapshot {
  readonly appid: string;
  readonly persona: string;
  readonly sessionKey: string;
  readonly rotatedAt: number;
}

/** A login session with its app named by appid: the session's own fields, so the two cannot drift apart. */
export type SessionSnapshot = Omit<LoginSession, 'app'> & { readonly appid: string };

export interface FaultRuleSnapshot extends FaultSpec {
  readonly id: string;
  readonly seed: string;
  readonly createdAt: number;
  readonly matched: number;
  readonly fired: number;
  /** How many draws the rule's seeded generator has made, so a restored rule draws on where it stopped. */
  readonly draws: number;
}

export interface FaultsSnapshot {
  /** The number the next added rule's id takes (`f<n>`), so ids are never reused. */
  readonly nextId: number;
  readonly rules: readonly FaultRuleSnapshot[];
}

export interface JournalSnapshot {
  readonly lastId: number;
  /** Oldest first. */
  readonly records: readonly JournalRecord[];
}

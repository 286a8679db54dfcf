import { ErrCode } from '../../contract/index.js';
import type { RecordCodec, RecordStore } from '../core/record-store.js';
import type { BookDeps } from './book-deps.js';
import type { ServerTokenSlotSnapshot, ServerTokenSnapshot } from './model-snapshot.js';
import { type CallQuota, chinaDayOf } from './rate-limiter.js';
import type { App, Registry } from './registry.js';
import { WeChatError } from './wechat-error.js';

/** The two slots of an app's server token: `/cgi-bin/token` and `/cgi-bin/stable_token`, apart (ML§5.2). */
export type ServerTokenSlot = 'token' | 'stable';

/** A server token as the /cgi-bin and /wxa endpoints see it. */
export interface ServerToken {
  readonly app: App;
  readonly slot: ServerTokenSlot;
  readonly token: string;
  readonly expiresAt: number;
  /** When a newer token ends this one's life early (ML§5.1: 5 more minutes), else its expiry. */
  validUntil: number;
}

/** An issued token and the seconds it has left, as the endpoints answer them. */
export interface IssuedServerToken {
  readonly token: string;
  readonly expiresIn: number;
}

/**
 * One slot of one app, a record of its own: which token is current, which one it replaced (still working for
 * its overlap), and stable_token's forced refreshes. Tokens are named, not held: each is a record keyed by
 * itself, so a /wxa call finds its token with one read.
 */
interface Slot {
  readonly appid: string;
  readonly slot: ServerTokenSlot;
  current: string | null;
  previous: string | null;
  /** The day (in China) `forcedCount` counts forced refreshes of (ML§5.2: 20 a day). */
  forcedDay: number;
  forcedCount: number;
  /** When the last forced refresh was (ML§5.2: 30 s apart), or null. */
  lastForcedAt: number | null;
}

/** How long a replaced token keeps working: 5 minutes (ML§5.1, ML§5.2). */
const OVERLAP_MS = 5 * 60_000;
/** stable_token: forced refreshes at most 20 a day and 30 s apart (ML§5.2). */
const FORCED_PER_DAY = 20;
const FORCED_MIN_GAP_MS = 30_000;
/** Characters a server token can hold (ML§5.1: clients keep room for 512); anything else is no token at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,512}$/;
/**
 * Slots and tokens never expire as records: a slot lives as long as its app, a token until it is replaced
 * twice (then it is deleted), and an expired one answers 42001, not 40001. Expiry is judged from the token's
 * own times on the mock's clock.
 */
const NEVER = Number.POSITIVE_INFINITY;

/**
 * The apps' server tokens (ML§5): per app one slot for `/cgi-bin/token` and one for `/cgi-bin/stable_token`,
 * each with its current token and the one it replaced. Only those two are ever known, so the book is bounded
 * by the registered apps; a token replaced twice is simply unknown (40001, as WeChat answers a stale one).
 * Slots and tokens are records of `deps.records` (docs/decisions/0032): on a shared store a slot is read and
 * written with compare-and-set, so calls racing on two processes take effect one after the other; the daily
 * call counts are `quota`'s (one counter per app, slot and day, shared by every process).
 */
export class ServerTokens {
  readonly #slots: RecordStore<Slot>;
  readonly #tokens: RecordStore<ServerToken>;
  readonly #quota: CallQuota;
  readonly #deps: BookDeps;
  readonly #lifetimeMs: number;

  /**
   * `lifetimeSeconds`: how long a token lives, `lifetimes.serverTokenSeconds` (7200, ML§5.1); `quota` counts
   * calls per day in China.
   */
  constructor(deps: BookDeps, lifetimeSeconds: number, quota: CallQuota) {
    this.#slots = deps.records('server-token-slot', slotCodec);
    this.#tokens = deps.records('server-token', tokenCodec(deps.registry));
    this.#quota = quota;
    this.#deps = deps;
    this.#lifetimeMs = lifetimeSeconds * 1000;
  }

  /**
   * `/cgi-bin/token` (ML§5.1): a new token on every call, the previous one working 5 more minutes; over the
   * app's daily quota, 45009. Two calls at once are two calls one after the other: both tokens are new, the
   * second call's previous token is the first call's, and the token before them is forgotten (docs/decisions/0032).
   */
  issue(app: App): IssuedServerToken {
    this.#count(app, 'token', this.#deps.fidelity.serverTokenDailyQuota);
    const now = this.#deps.clock.now();
    return this.#answer(this.#replace(app, this.#slot(app, 'token'), now + OVERLAP_MS, now), now);
  }

  /**
   * `/cgi-bin/stable_token` (ML§5.2): the current token with the time it has left; a new one when there is none
   * or in its last 5 minutes (the old one lives out its time). `forceRefresh` replaces it at once, at most 20
   * times a day (then 45009, inferred) and not within 30 s of the last (then the current token, inferred).
   */
  stable(app: App, forceRefresh: boolean): IssuedServerToken {
    this.#count(app, 'stable', this.#deps.fidelity.stableTokenDailyQuota);
    const now = this.#deps.clock.now();
    const slot = this.#slot(app, 'stable');
    const current = slot.current === null ? undefined : this.#tokens.get(slot.current);
    const live = current !== undefined && now < current.validUntil ? current : undefined;
    const spaced = slot.lastForcedAt === null || now - slot.lastForcedAt >= FORCED_MIN_GAP_MS;
    if (forceRefresh && (live === undefined || spaced)) {
      const today = chinaDayOf(now);
      if (slot.forcedDay !== today) {
        slot.forcedDay = today;
        slot.forcedCount = 0;
      }
      if (slot.forcedCount >= FORCED_PER_DAY) throw new WeChatError(ErrCode.DailyQuotaLimit);
      slot.forcedCount += 1;
      slot.lastForcedAt = now;
      return this.#answer(this.#replace(app, slot, now, now), now);
    }
    if (live !== undefined && (forceRefresh || live.expiresAt - now > OVERLAP_MS)) return this.#answer(live, now);
    return this.#answer(this.#replace(app, slot, NEVER, now), now);
  }

  /**
   * The token behind an `access_token` parameter of a /cgi-bin or /wxa call: not token-shaped is 40014;
   * unknown or replaced more than 5 minutes ago is 40001 ("not latest", ML§5.1); expired is 42001.
   */
  authorize(accessToken: string): ServerToken {
    if (!TOKEN_SHAPE.test(accessToken)) throw new WeChatError(ErrCode.InvalidAccessToken);
    const known = this.#tokens.get(accessToken);
    const now = this.#deps.clock.now();
    if (known === undefined || (now >= known.validUntil && known.validUntil < known.expiresAt)) {
      throw new WeChatError(ErrCode.InvalidCredential);
    }
    if (now >= known.expiresAt) throw new WeChatError(ErrCode.AccessTokenExpired);
    return known;
  }

  /** The token's record without checking it (for faults and the journal), if the mock knows it. */
  peek(accessToken: string): ServerToken | undefined {
    return TOKEN_SHAPE.test(accessToken) ? this.#tokens.get(accessToken) : undefined;
  }

  /** Forgets the tokens and counts of an app (deleted, or reset). */
  purge(appid: string): void {
    for (const name of SLOTS) {
      const slot = this.#slots.take(slotKey(appid, name));
      if (slot === undefined) continue;
      if (slot.current !== null) this.#tokens.delete(slot.current);
      if (slot.previous !== null) this.#tokens.delete(slot.previous);
    }
    this.#quota.clear(appid);
  }

  clear(): void {
    this.#slots.clear();
    this.#tokens.clear();
    this.#quota.clear();
  }

  /** Every slot with its tokens and forced refreshes (the daily call counts are not kept: docs/decisions/0032). */
  snapshot(): ServerTokenSlotSnapshot[] {
    const slots: ServerTokenSlotSnapshot[] = [];
    for (const { appid, slot, current, previous, forcedDay, forcedCount, lastForcedAt } of this.#slots.live()) {
      slots.push({
        appid,
        slot,
        current: this.#saved(current),
        previous: this.#saved(previous),
        forcedDay,
        forcedCount,
        lastForcedAt,
      });
    }
    return slots;
  }

  /** Replaces every slot and token with `slots`' (their apps in `registry`, which holds them all). */
  restore(slots: readonly ServerTokenSlotSnapshot[], registry: Registry): void {
    this.#slots.clear();
    this.#tokens.clear();
    for (const { appid, slot, current, previous, forcedDay, forcedCount, lastForcedAt } of slots) {
      const app = registry.app(appid) as App;
      for (const token of [current, previous]) {
        if (token !== null) this.#tokens.put(token.token, { app, slot, ...token }, NEVER);
      }
      this.#slots.put(
        slotKey(appid, slot),
        {
          appid,
          slot,
          current: current?.token ?? null,
          previous: previous?.token ?? null,
          forcedDay,
          forcedCount,
          lastForcedAt,
        },
        NEVER,
      );
    }
  }

  /** Counts one more call of the slot's endpoint today; 45009 when that is over `perDay` (ML§5.1, ML§5.2). */
  #count(app: App, slot: ServerTokenSlot, perDay: number): void {
    if (!this.#quota.allow(app.appid, slot, perDay)) throw new WeChatError(ErrCode.DailyQuotaLimit);
  }

  #slot(app: App, name: ServerTokenSlot): Slot {
    const key = slotKey(app.appid, name);
    const known = this.#slots.get(key);
    if (known !== undefined) return known;
    const fresh: Slot = {
      appid: app.appid,
      slot: name,
      current: null,
      previous: null,
      forcedDay: 0,
      forcedCount: 0,
      lastForcedAt: null,
    };
    this.#slots.put(key, fresh, NEVER);
    return fresh;
  }

  /**
   * Issues a new current token; the old one keeps working until `oldUntil` (never past its own expiry), the
   * one before it is forgotten.
   */
  #replace(app: App, slot: Slot, oldUntil: number, now: number): ServerToken {
    const expiresAt = now + this.#lifetimeMs;
    const fresh: ServerToken = {
      app,
      slot: slot.slot,
      token: this.#deps.ids.serverToken(),
      expiresAt,
      validUntil: expiresAt,
    };
    if (slot.previous !== null) this.#tokens.delete(slot.previous);
    const old = slot.current === null ? undefined : this.#tokens.get(slot.current);
    if (old !== undefined) old.validUntil = Math.min(old.validUntil, Math.max(now, oldUntil));
    slot.previous = old === undefined ? null : old.token;
    slot.current = fresh.token;
    this.#tokens.put(fresh.token, fresh, NEVER);
    return fresh;
  }

  /** The seconds left are rounded up, so a token issued a moment ago still says 7200. */
  #answer(token: ServerToken, now: number): IssuedServerToken {
    return { token: token.token, expiresIn: Math.ceil((token.expiresAt - now) / 1000) };
  }

  #saved(token: string | null): ServerTokenSnapshot | null {
    const known = token === null ? undefined : this.#tokens.get(token);
    return known === undefined
      ? null
      : { token: known.token, expiresAt: known.expiresAt, validUntil: known.validUntil };
  }
}

const SLOTS: readonly ServerTokenSlot[] = ['token', 'stable'];

const slotKey = (appid: string, slot: ServerTokenSlot): string => `${appid}\0${slot}`;

const slotCodec: RecordCodec<Slot> = {
  encode: (slot) => JSON.stringify(slot),
  decode: (text) => JSON.parse(text) as Slot,
};

interface SavedToken extends ServerTokenSnapshot {
  readonly appid: string;
  readonly slot: ServerTokenSlot;
}

/** A token names its app; one whose app is gone reads as unknown. */
const tokenCodec = (registry: () => Registry): RecordCodec<ServerToken> => ({
  encode: ({ app, slot, token, expiresAt, validUntil }) =>
    JSON.stringify({ appid: app.appid, slot, token, expiresAt, validUntil } satisfies SavedToken),
  decode: (text) => {
    const { appid, ...saved } = JSON.parse(text) as SavedToken;
    const app = registry().app(appid);
    return app === undefined ? undefined : { app, ...saved };
  },
});

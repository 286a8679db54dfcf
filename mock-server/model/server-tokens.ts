import { ErrCode } from '../../contract/index.js';
import type { BookDeps } from './book-deps.js';
import type { App } from './registry.js';
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

interface DailyCount {
  day: number;
  count: number;
}

interface SlotState {
  current: ServerToken | undefined;
  /** The token `current` replaced, still working for its overlap. */
  previous: ServerToken | undefined;
  readonly calls: DailyCount;
  /** stable_token's forced refreshes today, and when the last one was (ML§5.2). */
  readonly forced: DailyCount;
  lastForcedAt: number;
}

/** How long a replaced token keeps working: 5 minutes (ML§5.1, ML§5.2). */
const OVERLAP_MS = 5 * 60_000;
/** stable_token: forced refreshes at most 20 a day and 30 s apart (ML§5.2). */
const FORCED_PER_DAY = 20;
const FORCED_MIN_GAP_MS = 30_000;
/**
 * WeChat's daily quotas are counted per calendar day in China (UTC+8), on the mock's clock: where the day
 * ends is inferred (docs/decisions/0028).
 */
const CHINA_OFFSET_MS = 8 * 3600_000;
/** Characters a server token can hold (ML§5.1: clients keep room for 512); anything else is no token at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,512}$/;

const dayOf = (ms: number): number => Math.floor((ms + CHINA_OFFSET_MS) / 86_400_000);

/**
 * The apps' server tokens (ML§5): per app one slot for `/cgi-bin/token` and one for `/cgi-bin/stable_token`,
 * each with its current token and the one it replaced. Only those two are ever known, so the book is bounded
 * by the registered apps; a token replaced twice is simply unknown (40001, as WeChat answers a stale one).
 */
export class ServerTokens {
  readonly #slots = new Map<string, SlotState>();
  readonly #byToken = new Map<string, ServerToken>();
  readonly #deps: BookDeps;
  readonly #lifetimeMs: number;

  /** `lifetimeSeconds`: how long a token lives, `lifetimes.serverTokenSeconds` (7200, ML§5.1). */
  constructor(deps: BookDeps, lifetimeSeconds: number) {
    this.#deps = deps;
    this.#lifetimeMs = lifetimeSeconds * 1000;
  }

  /**
   * `/cgi-bin/token` (ML§5.1): a new token on every call, the previous one working 5 more minutes; over the
   * app's daily quota, 45009.
   */
  issue(app: App): IssuedServerToken {
    const state = this.#state(app, 'token');
    this.#count(state.calls, this.#deps.fidelity.serverTokenDailyQuota);
    const now = this.#deps.clock.now();
    return this.#answer(this.#replace(app, 'token', state, now + OVERLAP_MS), now);
  }

  /**
   * `/cgi-bin/stable_token` (ML§5.2): the current token with the time it has left; a new one when there is none
   * or in its last 5 minutes (the old one lives out its time). `forceRefresh` replaces it at once, at most 20
   * times a day (then 45009, inferred) and not within 30 s of the last (then the current token, inferred).
   */
  stable(app: App, forceRefresh: boolean): IssuedServerToken {
    const state = this.#state(app, 'stable');
    this.#count(state.calls, this.#deps.fidelity.stableTokenDailyQuota);
    const now = this.#deps.clock.now();
    const live = state.current !== undefined && now < state.current.validUntil ? state.current : undefined;
    if (forceRefresh && (live === undefined || now - state.lastForcedAt >= FORCED_MIN_GAP_MS)) {
      this.#count(state.forced, FORCED_PER_DAY);
      state.lastForcedAt = now;
      return this.#answer(this.#replace(app, 'stable', state, now), now);
    }
    if (live !== undefined && (forceRefresh || live.expiresAt - now > OVERLAP_MS)) return this.#answer(live, now);
    return this.#answer(this.#replace(app, 'stable', state, Number.POSITIVE_INFINITY), now);
  }

  /**
   * The token behind an `access_token` parameter of a /cgi-bin or /wxa call: not token-shaped is 40014;
   * unknown or replaced more than 5 minutes ago is 40001 ("not latest", ML§5.1); expired is 42001.
   */
  authorize(accessToken: string): ServerToken {
    if (!TOKEN_SHAPE.test(accessToken)) throw new WeChatError(ErrCode.InvalidAccessToken);
    const known = this.#byToken.get(accessToken);
    const now = this.#deps.clock.now();
    if (known === undefined || (now >= known.validUntil && known.validUntil < known.expiresAt)) {
      throw new WeChatError(ErrCode.InvalidCredential);
    }
    if (now >= known.expiresAt) throw new WeChatError(ErrCode.AccessTokenExpired);
    return known;
  }

  /** The token's record without checking it (for faults and the journal), if the mock knows it. */
  peek(accessToken: string): ServerToken | undefined {
    return this.#byToken.get(accessToken);
  }

  /** Forgets the tokens and counts of an app (deleted, or reset). */
  purge(appid: string): void {
    for (const slot of ['token', 'stable'] as const) {
      const state = this.#slots.get(`${appid}\0${slot}`);
      if (state === undefined) continue;
      if (state.current !== undefined) this.#byToken.delete(state.current.token);
      if (state.previous !== undefined) this.#byToken.delete(state.previous.token);
      this.#slots.delete(`${appid}\0${slot}`);
    }
  }

  clear(): void {
    this.#slots.clear();
    this.#byToken.clear();
  }

  #state(app: App, slot: ServerTokenSlot): SlotState {
    const id = `${app.appid}\0${slot}`;
    let state = this.#slots.get(id);
    if (state === undefined) {
      state = {
        current: undefined,
        previous: undefined,
        calls: { day: 0, count: 0 },
        forced: { day: 0, count: 0 },
        lastForcedAt: Number.NEGATIVE_INFINITY,
      };
      this.#slots.set(id, state);
    }
    return state;
  }

  /** Counts one more use today; 45009 when that is over `perDay` (ML§5.1, ML§5.2). */
  #count(count: DailyCount, perDay: number): void {
    const today = dayOf(this.#deps.clock.now());
    if (count.day !== today) {
      count.day = today;
      count.count = 0;
    }
    if (count.count >= perDay) throw new WeChatError(ErrCode.DailyQuotaLimit);
    count.count += 1;
  }

  /**
   * Issues a new current token; the old one keeps working until `oldUntil` (never past its own expiry), the
   * one before it is forgotten.
   */
  #replace(app: App, slot: ServerTokenSlot, state: SlotState, oldUntil: number): ServerToken {
    const now = this.#deps.clock.now();
    const expiresAt = now + this.#lifetimeMs;
    const fresh: ServerToken = { app, slot, token: this.#deps.ids.serverToken(), expiresAt, validUntil: expiresAt };
    if (state.previous !== undefined) this.#byToken.delete(state.previous.token);
    const old = state.current;
    if (old !== undefined) old.validUntil = Math.min(old.validUntil, Math.max(now, oldUntil));
    state.previous = old;
    state.current = fresh;
    this.#byToken.set(fresh.token, fresh);
    return fresh;
  }

  /** The seconds left are rounded up, so a token issued a moment ago still says 7200. */
  #answer(token: ServerToken, now: number): IssuedServerToken {
    return { token: token.token, expiresIn: Math.ceil((token.expiresAt - now) / 1000) };
  }
}

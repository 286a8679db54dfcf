import { ErrCode } from '../../contract/index.js';
import type { RecordCodec, RecordStore } from '../core/record-store.js';
import type { BookDeps } from './book-deps.js';
import type { GrantSnapshot } from './model-snapshot.js';
import type { App, Persona, Registry } from './registry.js';
import { WeChatError } from './wechat-error.js';

/** What one code exchange grants: an access_token and the refresh_token that renews it. */
export interface Grant {
  readonly app: App;
  readonly persona: Persona;
  /** The persona's openid in the app (shared with the registry's cache, so it costs one reference). */
  readonly openid: string;
  readonly scope: string;
  accessToken: string;
  accessExpiresAt: number;
  readonly refreshToken: string;
  refreshExpiresAt: number;
}

/**
 * How long a grant is remembered after its refresh_token expired, so that it answers 42002 (and its
 * access_token 42001) instead of looking like it never existed; after that it is swept.
 */
const EXPIRED_GRANT_MEMORY_MS = 24 * 3600 * 1000;

/** Characters an sns token can hold (reference §7); anything else is not a token at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,512}$/;

/**
 * Access and refresh tokens (reference §3-§5). Both are kept until a day after the refresh_token
 * expires, so expired tokens answer 42001/42002 rather than looking unknown; the stores sweep the rest.
 */
export class TokenBook {
  readonly #byAccess: RecordStore<Grant>;
  readonly #byRefresh: RecordStore<Grant>;
  readonly #deps: BookDeps;

  constructor(deps: BookDeps) {
    this.#byRefresh = deps.records('grant', grantCodec(deps.registry));
    this.#byAccess = deps.index('access-token', this.#byRefresh, (grant) => grant.refreshToken);
    this.#deps = deps;
  }

  /** How many grants are held (live or awaiting their sweep). */
  get size(): number {
    return this.#byRefresh.size;
  }

  /** Issues a fresh access_token (7200 s) and refresh_token (30 days), or the app's own lifetimes, for an approved login. */
  issue(app: App, persona: Persona, openid: string, scope: string): Grant {
    const now = this.#deps.clock.now();
    const grant: Grant = {
      app,
      persona,
      openid,
      scope,
      accessToken: this.#deps.ids.token(),
      accessExpiresAt: now + app.effectiveLifetimes.accessTokenSeconds * 1000,
      refreshToken: this.#deps.ids.token(),
      refreshExpiresAt: now + app.effectiveLifetimes.refreshTokenSeconds * 1000,
    };
    this.#byAccess.put(grant.accessToken, grant, this.#retention(grant));
    this.#byRefresh.put(grant.refreshToken, grant, this.#retention(grant));
    return grant;
  }

  /**
   * Refreshes as WeChat documents it (reference §4): while the access_token is valid the same token is
   * extended; once expired a new one is issued; the refresh_token is neither rotated nor extended.
   */
  refresh(app: App, refreshToken: string): Grant {
    const grant = this.#byRefresh.get(refreshToken);
    if (grant === undefined || grant.app.appid !== app.appid) throw new WeChatError(ErrCode.InvalidRefreshToken);
    const now = this.#deps.clock.now();
    if (grant.refreshExpiresAt <= now) throw new WeChatError(ErrCode.RefreshTokenExpired);
    if (grant.accessExpiresAt <= now) {
      this.#byAccess.delete(grant.accessToken);
      grant.accessToken = this.#deps.ids.token();
    }
    grant.accessExpiresAt = now + app.effectiveLifetimes.accessTokenSeconds * 1000;
    this.#byAccess.put(grant.accessToken, grant, this.#retention(grant));
    return grant;
  }

  /**
   * The grant behind a live access_token (reference §5): not token-shaped is 40014; unknown or
   * superseded is 40001 (or 40014 when configured); expired is 42001.
   */
  authorize(accessToken: string): Grant {
    if (!TOKEN_SHAPE.test(accessToken)) throw new WeChatError(ErrCode.InvalidAccessToken);
    const grant = this.#byAccess.get(accessToken);
    if (grant === undefined) throw new WeChatError(this.#deps.fidelity.unknownAccessTokenErrcode);
    if (grant.accessExpiresAt <= this.#deps.clock.now()) throw new WeChatError(ErrCode.AccessTokenExpired);
    return grant;
  }

  /** The grant behind an access_token, live or not, without checking it (for faults and the journal). */
  peekAccess(accessToken: string): Grant | undefined {
    return this.#byAccess.get(accessToken);
  }

  /** The grant behind a refresh_token, live or not, without checking it. */
  peekRefresh(refreshToken: string): Grant | undefined {
    return this.#byRefresh.get(refreshToken);
  }

  /** Every grant held (live, or expired but remembered), newest first. */
  grants(): Grant[] {
    return [...this.#byRefresh.live()].reverse();
  }

  /** Expires an access_token (→ 42001) or a refresh_token (→ 42002) now; which one it was, or undefined. */
  expire(token: string): { grant: Grant; kind: 'access_token' | 'refresh_token' } | undefined {
    const now = this.#deps.clock.now();
    const byAccess = this.#byAccess.get(token);
    if (byAccess !== undefined) {
      byAccess.accessExpiresAt = Math.min(byAccess.accessExpiresAt, now);
      return { grant: byAccess, kind: 'access_token' };
    }
    const byRefresh = this.#byRefresh.get(token);
    if (byRefresh === undefined) return undefined;
    byRefresh.refreshExpiresAt = Math.min(byRefresh.refreshExpiresAt, now);
    return { grant: byRefresh, kind: 'refresh_token' };
  }

  /** Removes the whole grant behind an access or refresh token: both then look never issued. */
  revoke(token: string): Grant | undefined {
    const grant = this.#byAccess.get(token) ?? this.#byRefresh.get(token);
    if (grant === undefined) return undefined;
    this.#byAccess.delete(grant.accessToken);
    this.#byRefresh.delete(grant.refreshToken);
    return grant;
  }

  /** Forgets every grant for which `predicate` holds (e.g. of a deleted app or persona). */
  purge(predicate: (grant: Grant) => boolean): void {
    this.#byAccess.deleteWhere(predicate);
    this.#byRefresh.deleteWhere(predicate);
  }

  clear(): void {
    this.#byAccess.clear();
    this.#byRefresh.clear();
  }

  /** Every grant held (live, or expired but remembered), oldest first, with both tokens and their expiry. */
  snapshot(): GrantSnapshot[] {
    return [...this.saved()];
  }

  /**
   * The grants as `snapshot()` gives them, one at a time as the iteration reaches each (docs/decisions/0033):
   * a state file reads them a slice at a time between requests. Each is saved as it is when reached; grants
   * issued meanwhile are reached too (a Map iterates what is added while it runs).
   */
  *saved(): Generator<GrantSnapshot> {
    for (const grant of this.#byRefresh.live()) yield saved(grant);
  }

  /** Replaces every grant with `grants`, their apps and personas looked up in `registry` (which holds them all). */
  restore(grants: readonly GrantSnapshot[], registry: Registry): void {
    this.clear();
    for (const kept of grants) {
      const grant = revived(kept, registry) as Grant;
      this.#byAccess.put(grant.accessToken, grant, this.#retention(grant));
      this.#byRefresh.put(grant.refreshToken, grant, this.#retention(grant));
    }
  }

  #retention(grant: Grant): number {
    return Math.max(grant.refreshExpiresAt, grant.accessExpiresAt) + EXPIRED_GRANT_MEMORY_MS;
  }
}

function saved(grant: Grant): GrantSnapshot {
  const { app, persona, scope, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt } = grant;
  return {
    appid: app.appid,
    persona: persona.key,
    scope,
    accessToken,
    accessExpiresAt,
    refreshToken,
    refreshExpiresAt,
  };
}

/** The grant with its app, persona and openid looked up, or undefined when the app or persona is gone. */
function revived(kept: GrantSnapshot, registry: Registry): Grant | undefined {
  const app = registry.app(kept.appid);
  const persona = registry.persona(kept.persona);
  if (app === undefined || persona === undefined) return undefined;
  const { scope, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt } = kept;
  const openid = registry.openid(app, persona);
  return { app, persona, openid, scope, accessToken, accessExpiresAt, refreshToken, refreshExpiresAt };
}

const grantCodec = (registry: () => Registry): RecordCodec<Grant> => ({
  encode: (grant) => JSON.stringify(saved(grant)),
  decode: (text) => revived(JSON.parse(text) as GrantSnapshot, registry()),
});

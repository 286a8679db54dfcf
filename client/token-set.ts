import {
  type AccessTokenResponse,
  ErrCode,
  type RefreshTokenResponse,
  type UserInfoResponse,
  type UserinfoLang,
} from '../contract/index.js';
import type { ClientClock } from './clock.js';
import { WeChatApiError } from './wechat-api-error.js';

/** What a TokenSet needs from the client that made it. */
export interface TokenSetClient {
  readonly clock: ClientClock;
  /** How long a refresh token lives from its exchange; WeChat: 30 days (reference §6). */
  readonly refreshTokenLifetimeSeconds: number;
  refresh(refreshToken: string): Promise<RefreshTokenResponse>;
  userInfo(accessToken: string, openid: string, options?: { lang?: UserinfoLang }): Promise<UserInfoResponse>;
}

/** A TokenSet as plain JSON, to keep in a session store and restore with `client.restoreTokens()`. */
export interface TokenSetData {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly openid: string;
  readonly scope: string;
  readonly unionid: string | null;
  readonly isSnapshotUser: boolean;
  /** Milliseconds since the epoch, by the client's clock. */
  readonly accessTokenExpiresAt: number;
  readonly refreshTokenExpiresAt: number;
}

/** Errcodes after which a fresh access token may help (reference §5.2, §8). */
const STALE_TOKEN_ERRCODES = new Set<number>([ErrCode.InvalidCredential, ErrCode.AccessTokenExpired]);

/**
 * One user's grant: the tokens of a code exchange and when they expire by the client's clock. Asked for a
 * fresh access token, it refreshes at `/sns/oauth2/refresh_token` first when the token has expired or is
 * about to; the refresh token keeps its first expiry, as WeChat never extends it (reference §4).
 */
export class TokenSet {
  #data: TokenSetData;
  #refreshing: Promise<void> | null = null;

  constructor(
    private readonly client: TokenSetClient,
    data: TokenSetData,
    /** How long before expiry a token counts as stale; default 60 s. */
    private readonly marginMs = 60_000,
  ) {
    this.#data = data;
  }

  /** A TokenSet for the answer of a code exchange received now. */
  static fromExchange(client: TokenSetClient, answer: AccessTokenResponse, marginMs?: number): TokenSet {
    const now = client.clock.now();
    return new TokenSet(
      client,
      {
        accessToken: answer.access_token,
        refreshToken: answer.refresh_token,
        openid: answer.openid,
        scope: answer.scope,
        unionid: answer.unionid ?? null,
        isSnapshotUser: answer.is_snapshotuser === 1,
        accessTokenExpiresAt: now + answer.expires_in * 1000,
        refreshTokenExpiresAt: now + client.refreshTokenLifetimeSeconds * 1000,
      },
      marginMs,
    );
  }

  get openid(): string {
    return this.#data.openid;
  }
  get unionid(): string | null {
    return this.#data.unionid;
  }
  get scope(): string {
    return this.#data.scope;
  }
  /**
   * Whether the grant allows /sns/userinfo: snsapi_base and snapshot users get 48001 (reference §2, §5.2). The
   * scope may be a list, with a trailing comma in refresh answers captured before 2020 (ML§6.4).
   */
  get canReadUserInfo(): boolean {
    const scopes = this.#data.scope.split(',').filter((scope) => scope !== '');
    return !this.#data.isSnapshotUser && scopes.some((scope) => scope !== 'snsapi_base');
  }

  /** True when the access token has expired or expires within the margin. */
  get accessTokenStale(): boolean {
    return this.client.clock.now() >= this.#data.accessTokenExpiresAt - this.marginMs;
  }
  /** True when the refresh token has expired: only a new login helps then. */
  get refreshTokenExpired(): boolean {
    return this.client.clock.now() >= this.#data.refreshTokenExpiresAt;
  }

  /** The access token, refreshed first if it is stale. Concurrent callers share one refresh. */
  async freshAccessToken(): Promise<string> {
    if (this.accessTokenStale) await this.refresh();
    return this.#data.accessToken;
  }

  /** Refreshes now, whatever the expiry says (e.g. after WeChat answered 42001). */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  /**
   * The user's profile with a fresh access token; when WeChat still calls the token expired or invalid
   * (42001, 40001), refreshes once and asks again.
   */
  async userInfo(options: { lang?: UserinfoLang } = {}): Promise<UserInfoResponse> {
    try {
      return await this.client.userInfo(await this.freshAccessToken(), this.#data.openid, options);
    } catch (error) {
      if (!(error instanceof WeChatApiError) || !STALE_TOKEN_ERRCODES.has(error.errcode)) throw error;
      await this.refresh();
      return this.client.userInfo(this.#data.accessToken, this.#data.openid, options);
    }
  }

  toJSON(): TokenSetData {
    return this.#data;
  }

  async #refreshOnce(): Promise<void> {
    const answer = await this.client.refresh(this.#data.refreshToken);
    const now = this.client.clock.now();
    const rotated = answer.refresh_token !== this.#data.refreshToken;
    this.#data = {
      ...this.#data,
      accessToken: answer.access_token,
      accessTokenExpiresAt: now + answer.expires_in * 1000,
      scope: answer.scope,
      refreshToken: answer.refresh_token,
      // WeChat does not rotate refresh tokens (§4); should one ever arrive, its lifetime starts now.
      refreshTokenExpiresAt: rotated
        ? now + this.client.refreshTokenLifetimeSeconds * 1000
        : this.#data.refreshTokenExpiresAt,
    };
  }
}

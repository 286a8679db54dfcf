import type { ClientClock } from './clock.js';

/** A server token and when it expires on the client's clock. */
interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Fetches a new server token: its value and `expires_in` (ML§5). */
export type ServerTokenSource = () => Promise<{ readonly access_token: string; readonly expires_in: number }>;

/**
 * The server's access token kept between calls (ML§5): fetched once, reused until `marginMs` before it
 * expires, then fetched again. Concurrent callers share one fetch in flight, so a burst of calls costs one
 * token request (each `/cgi-bin/token` call would replace the previous token, and the quota is 2000 a day).
 */
export class ServerTokenCache {
  readonly #source: ServerTokenSource;
  readonly #clock: ClientClock;
  readonly #marginMs: number;
  #cached: CachedToken | undefined;
  #inFlight: Promise<string> | undefined;

  constructor(source: ServerTokenSource, clock: ClientClock, marginMs: number) {
    this.#source = source;
    this.#clock = clock;
    this.#marginMs = marginMs;
  }

  /** The cached token while it has more than the margin left, else a fresh one (one fetch at a time). */
  get(): Promise<string> {
    const cached = this.#cached;
    if (cached !== undefined && cached.expiresAt - this.#clock.now() > this.#marginMs) {
      return Promise.resolve(cached.token);
    }
    this.#inFlight ??= this.#fetch().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  /**
   * Forgets `token` when WeChat refused it (40001 not latest, 42001 expired): the next `get` fetches a new one.
   * A token already replaced in the meantime is left alone.
   */
  invalidate(token: string): void {
    if (this.#cached?.token === token) this.#cached = undefined;
  }

  async #fetch(): Promise<string> {
    const requestedAt = this.#clock.now();
    const answer = await this.#source();
    // Counted from before the request: the token may have aged while the answer travelled.
    this.#cached = { token: answer.access_token, expiresAt: requestedAt + answer.expires_in * 1000 };
    return answer.access_token;
  }
}

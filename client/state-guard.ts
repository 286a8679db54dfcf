import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type ClientClock, systemClock } from './clock.js';

export interface StateGuardOptions {
  /** The key states are signed with: at least 16 bytes, kept on the server. */
  readonly secret: string | Uint8Array;
  /** How long a state stays valid; default 600 s, the website code's own lifetime (reference §6). */
  readonly lifetimeSeconds?: number;
  readonly clock?: ClientClock;
  /** Refuse a state the second time it is verified (a replayed callback); default true. */
  readonly singleUse?: boolean;
}

export type StateRefusal = 'missing' | 'malformed' | 'forged' | 'expired' | 'replayed';
export type StateCheck = { readonly ok: true } | { readonly ok: false; readonly reason: StateRefusal };

const NONCE_HEX = 16;
const TIME_HEX = 8;
const MAC_HEX = 32;
const STATE_PATTERN = new RegExp(`^[0-9a-f]{${NONCE_HEX + TIME_HEX + MAC_HEX}}$`);

/**
 * Makes and checks the OAuth `state` that protects a login callback from cross-site request forgery.
 * A state is a random nonce, its issue time and an HMAC over both and a binding (the visitor's session
 * id), all lowercase hex: 56 characters, inside the `a-zA-Z0-9` and 128-byte limits of the official
 * account page (reference §2). Verification compares the MAC in constant time, refuses expired states by
 * the injected clock, and by default refuses a state seen before.
 */
export class StateGuard {
  readonly #key: Uint8Array;
  readonly #lifetimeMs: number;
  readonly #clock: ClientClock;
  readonly #singleUse: boolean;
  /** Nonces already verified, with when they expire anyway; swept from the oldest on each verify. */
  readonly #used = new Map<string, number>();

  constructor(options: StateGuardOptions) {
    this.#key = typeof options.secret === 'string' ? Buffer.from(options.secret, 'utf8') : options.secret;
    if (this.#key.byteLength < 16) throw new RangeError('the StateGuard secret must be at least 16 bytes');
    const lifetimeSeconds = options.lifetimeSeconds ?? 600;
    if (!(lifetimeSeconds > 0)) throw new RangeError('lifetimeSeconds must be positive');
    this.#lifetimeMs = lifetimeSeconds * 1000;
    this.#clock = options.clock ?? systemClock;
    this.#singleUse = options.singleUse ?? true;
  }

  /** A new state for the visitor identified by `binding`. */
  issue(binding: string): string {
    const nonce = randomBytes(NONCE_HEX / 2).toString('hex');
    const issued = Math.floor(this.#clock.now() / 1000)
      .toString(16)
      .padStart(TIME_HEX, '0');
    return nonce + issued + this.#mac(nonce + issued, binding);
  }

  /** Whether `state` came from `issue(binding)`, is still valid and (if single-use) unused. */
  verify(state: string | null | undefined, binding: string): StateCheck {
    if (state === null || state === undefined || state === '') return refuse('missing');
    if (!STATE_PATTERN.test(state)) return refuse('malformed');
    const signed = state.slice(0, NONCE_HEX + TIME_HEX);
    const expected = Buffer.from(this.#mac(signed, binding), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(state.slice(NONCE_HEX + TIME_HEX), 'hex'))) return refuse('forged');
    const now = this.#clock.now();
    const expiresAt = Number.parseInt(state.slice(NONCE_HEX, NONCE_HEX + TIME_HEX), 16) * 1000 + this.#lifetimeMs;
    if (now >= expiresAt) return refuse('expired');
    if (!this.#singleUse) return { ok: true };
    this.#sweep(now);
    const nonce = state.slice(0, NONCE_HEX);
    if (this.#used.has(nonce)) return refuse('replayed');
    this.#used.set(nonce, expiresAt);
    return { ok: true };
  }

  #mac(signed: string, binding: string): string {
    return createHmac('sha256', this.#key).update(`${signed}\0${binding}`).digest('hex').slice(0, MAC_HEX);
  }

  #sweep(now: number): void {
    for (const [nonce, expiresAt] of this.#used) {
      if (expiresAt > now) break;
      this.#used.delete(nonce);
    }
  }
}

function refuse(reason: StateRefusal): StateCheck {
  return { ok: false, reason };
}

import { createHash } from 'node:crypto';
import type { RandomSource } from './random-source.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `count` characters of [A-Za-z0-9] from the random source (the modulo bias is irrelevant here). */
function alnum(random: RandomSource, count: number): string {
  const bytes = random.bytes(count);
  let out = '';
  for (let i = 0; i < count; i++) out += ALNUM[(bytes[i] as number) % ALNUM.length];
  return out;
}

/** base64url of sha256 over the seed and parts: the stable material of openids and unionids. */
function digest(seed: string, ...parts: string[]): string {
  return createHash('sha256')
    .update([seed, ...parts].join('\0'))
    .digest('base64url');
}

function hexDigest(seed: string, ...parts: string[]): string {
  return createHash('sha256')
    .update([seed, ...parts].join('\0'))
    .digest('hex');
}

/** `wx` + 16 lowercase hex, derived from the seed for apps configured without an appid. */
export function deriveAppid(seed: string, appName: string): string {
  return `wx${hexDigest(seed, 'appid', appName).slice(0, 16)}`;
}

/** 32 lowercase hex, derived from the seed for apps configured without a secret. */
export function deriveSecret(seed: string, appid: string): string {
  return hexDigest(seed, 'secret', appid).slice(0, 32);
}

/** An avatar URL in the shape of WeChat's (reference §7): `https://thirdwx.qlogo.cn/mmopen/vi_32/<id>/132`. */
export function deriveHeadimgurl(seed: string, personaKey: string): string {
  const id = digest(seed, 'avatar', personaKey) + digest(seed, 'avatar-2', personaKey);
  return `https://thirdwx.qlogo.cn/mmopen/vi_32/${id.slice(0, 86)}/132`;
}

/**
 * Makes every identifier the mock hands out, in WeChat's shapes (reference §7).
 * Openids and unionids are derived from the seed, so fixtures can be written down; codes, tokens,
 * rids and login-session ids come from the random source.
 */
export class Identifiers {
  readonly #seed: string;
  readonly #random: RandomSource;
  readonly #tokenPrefix: string;

  constructor(seed: string, random: RandomSource, tokenPrefix: number) {
    this.#seed = seed;
    this.#random = random;
    this.#tokenPrefix = `${tokenPrefix}_`;
  }

  /** The 6-character prefix shared by all openids of one app, or all unionids of one account: `o` + 5. */
  idPrefix(namespace: 'app' | 'account', id: string): string {
    return `o${digest(this.#seed, `${namespace}-prefix`, id).slice(0, 5)}`;
  }

  /** 28 characters of [A-Za-z0-9_-] starting with the 6-character prefix (reference §7). */
  userId(prefix: string, namespace: 'app' | 'account', id: string, personaKey: string): string {
    return prefix + digest(this.#seed, namespace, id, personaKey).slice(0, 22);
  }

  /** 32 characters of [A-Za-z0-9]: `0`, a digit, and `000` runs where real codes have them (reference §7). */
  code(): string {
    const r = alnum(this.#random, 24);
    const digit = ((this.#random.bytes(1)[0] as number) % 10).toString();
    return `0${digit}${r.slice(0, 4)}000${r.slice(4, 13)}000${r.slice(13)}`;
  }

  /** `<N>_` + 107 characters of [A-Za-z0-9_-], as sns access and refresh tokens are (reference §7). */
  token(): string {
    return this.#tokenPrefix + this.#random.bytes(81).toString('base64url').slice(0, 107);
  }

  /** `<N>_` + 133 characters of [A-Za-z0-9_-], 136 in all, as /cgi-bin server tokens are today (ML§5.1). */
  serverToken(): string {
    return this.#tokenPrefix + this.#random.bytes(100).toString('base64url').slice(0, 133);
  }

  /** 64 lower-case hex characters, as the phone-number button's codes are (ML§4.1). */
  phoneCode(): string {
    return this.#random.bytes(32).toString('hex');
  }

  /**
   * `%08x-%08x-%08x`, the first group being the Unix time in seconds (reference §7). The group is 32 bits
   * wide, so past 2106-02-07T06:28:15Z (the clock goes on to 9999) it wraps as a 32-bit counter would,
   * keeping the shape clients parse (docs/decisions/0015).
   */
  rid(nowMs: number): string {
    const hex = this.#random.bytes(8).toString('hex');
    const seconds = (Math.floor(nowMs / 1000) >>> 0).toString(16).padStart(8, '0');
    return `${seconds}-${hex.slice(0, 8)}-${hex.slice(8)}`;
  }

  /** A mini-program session_key: 16 random bytes in base64, 24 characters (ML§1.2). */
  sessionKey(): string {
    return this.#random.bytes(16).toString('base64');
  }

  /** The 16-byte initialisation vector of a piece of open data (ML§3.1). */
  openDataIv(): Buffer {
    return this.#random.bytes(16);
  }

  /** A 16-character login-session id, shaped like the qrconnect page's uuid (reference §1.2). */
  loginSessionId(): string {
    return alnum(this.#random, 16);
  }

  /** Random characters for the older errmsg suffix styles (`hint: [...]`, `req_id: ...`). */
  hintId(length: number): string {
    return alnum(this.#random, length);
  }
}

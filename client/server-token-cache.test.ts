import { describe, expect, it } from 'vitest';
import { ServerTokenCache } from './server-token-cache.js';

/** A token source that counts its calls and answers `n-token` after `release()` when held. */
function countingSource(expiresIn = 7200) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    source: async () => {
      calls += 1;
      return { access_token: `${calls}-token`, expires_in: expiresIn };
    },
  };
}

describe('ServerTokenCache (ML§5)', () => {
  it('makes one token request for 50 concurrent callers, and all get that token', async () => {
    const counter = countingSource();
    const cache = new ServerTokenCache(counter.source, { now: () => 0 }, 60_000);
    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.get()));
    expect(counter.calls).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(['1-token']));
  });

  it('reuses the token until the margin before its expiry, then fetches a new one', async () => {
    let now = 0;
    const counter = countingSource();
    const cache = new ServerTokenCache(counter.source, { now: () => now }, 60_000);
    expect(await cache.get()).toBe('1-token');
    now = (7200 - 61) * 1000;
    expect(await cache.get()).toBe('1-token');
    now = (7200 - 60) * 1000;
    expect(await cache.get()).toBe('2-token');
    expect(counter.calls).toBe(2);
  });

  it('fetches again after invalidate(token), but ignores a token it no longer holds', async () => {
    const counter = countingSource();
    const cache = new ServerTokenCache(counter.source, { now: () => 0 }, 60_000);
    await cache.get();
    cache.invalidate('0-token');
    expect(await cache.get()).toBe('1-token');
    cache.invalidate('1-token');
    expect(await cache.get()).toBe('2-token');
  });

  it('lets the next caller try again when a fetch failed, without caching the failure', async () => {
    let fail = true;
    const cache = new ServerTokenCache(
      async () => {
        if (fail) throw new Error('down');
        return { access_token: 'ok-token', expires_in: 7200 };
      },
      { now: () => 0 },
      60_000,
    );
    await expect(cache.get()).rejects.toThrow('down');
    fail = false;
    expect(await cache.get()).toBe('ok-token');
  });
});

import { describe, expect, it } from 'vitest';
import { createSystemClock } from './clock.js';
import { ExpiringStore } from './expiring-store.js';

describe('ExpiringStore', () => {
  it('returns a value until its expiry on the mock clock, then forgets it', () => {
    const clock = createSystemClock();
    const store = new ExpiringStore<string>(clock);
    store.put('k', 'v', clock.now() + 1000);
    expect(store.get('k')).toBe('v');
    clock.advance(1000);
    expect(store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('take removes the value it returns, so a second take finds nothing', () => {
    const clock = createSystemClock();
    const store = new ExpiringStore<string>(clock);
    store.put('k', 'v', clock.now() + 1000);
    expect(store.take('k')).toBe('v');
    expect(store.take('k')).toBeUndefined();
  });

  it('stays bounded when entries keep expiring: expired entries are swept as new ones are put', () => {
    const clock = createSystemClock();
    const store = new ExpiringStore<number>(clock);
    for (let i = 0; i < 100_000; i++) {
      store.put(`k${i}`, i, clock.now() + 1000);
      if (i % 1000 === 999) clock.advance(2000);
    }
    // Only the last batch of 1000 can be alive; the rest were swept without any explicit sweep call.
    expect(store.size).toBeLessThanOrEqual(1000 + 256);
  });

  it('sweeps entries of mixed lifetimes, which the cheap oldest-first sweep alone would miss', () => {
    const clock = createSystemClock();
    const store = new ExpiringStore<number>(clock);
    store.put('long-lived', 0, clock.now() + 10 ** 9);
    for (let i = 0; i < 50_000; i++) {
      store.put(`k${i}`, i, clock.now() + 1000);
      if (i % 1000 === 999) clock.advance(2000);
    }
    expect(store.size).toBeLessThan(5000);
    expect(store.get('long-lived')).toBe(0);
  });

  it('replacing a key updates its value and expiry', () => {
    const clock = createSystemClock();
    const store = new ExpiringStore<string>(clock);
    store.put('k', 'a', clock.now() + 1000);
    store.put('k', 'b', clock.now() + 5000);
    clock.advance(2000);
    expect(store.get('k')).toBe('b');
  });
});

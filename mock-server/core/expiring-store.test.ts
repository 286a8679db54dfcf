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

  describe('with a capacity per group', () => {
    const capped = () => {
      const clock = createSystemClock();
      const store = new ExpiringStore<{ app: string; n: number }>(clock, { perGroup: 3, groupOf: (v) => v.app });
      return { clock, store };
    };

    it("evicts the group's oldest entry when one more is put, and returns it", () => {
      const { clock, store } = capped();
      for (let n = 0; n < 3; n++) expect(store.put(`a${n}`, { app: 'a', n }, clock.now() + 1000)).toBeUndefined();
      expect(store.put('a3', { app: 'a', n: 3 }, clock.now() + 1000)).toEqual({ app: 'a', n: 0 });
      expect(store.get('a0')).toBeUndefined();
      expect(store.get('a1')).toEqual({ app: 'a', n: 1 });
      expect(store.groupSize('a')).toBe(3);
    });

    it("never lets one group push out another group's entries", () => {
      const { clock, store } = capped();
      store.put('b0', { app: 'b', n: 0 }, clock.now() + 1000);
      for (let n = 0; n < 10_000; n++) store.put(`a${n}`, { app: 'a', n }, clock.now() + 1000);
      expect(store.size).toBe(4);
      expect(store.get('b0')).toEqual({ app: 'b', n: 0 });
    });

    it("frees a group's room when its entries are taken, deleted or expire", () => {
      const { clock, store } = capped();
      store.put('a0', { app: 'a', n: 0 }, clock.now() + 1000);
      store.put('a1', { app: 'a', n: 1 }, clock.now() + 1000);
      store.put('a2', { app: 'a', n: 2 }, clock.now() + 5000);
      store.take('a0');
      store.delete('a1');
      expect(store.groupSize('a')).toBe(1);
      clock.advance(6000);
      expect(store.sweep()).toBe(1);
      expect(store.groupSize('a')).toBe(0);
      for (let n = 0; n < 3; n++) expect(store.put(`c${n}`, { app: 'a', n }, clock.now() + 1000)).toBeUndefined();
    });

    it('replacing a key neither counts twice nor evicts', () => {
      const { clock, store } = capped();
      for (let n = 0; n < 3; n++) store.put(`a${n}`, { app: 'a', n }, clock.now() + 1000);
      expect(store.put('a0', { app: 'a', n: 9 }, clock.now() + 1000)).toBeUndefined();
      expect(store.groupSize('a')).toBe(3);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { RawRecordCache } from './raw-record-cache.js';

describe('RawRecordCache (docs/decisions/0031)', () => {
  it('holds at most its capacity and at least the half set last, forgetting the records set longest ago first', () => {
    const cache = new RawRecordCache(4);
    for (const key of ['a', 'b', 'c']) cache.set(key, key.toUpperCase());
    expect(['a', 'b', 'c'].map((key) => cache.get(key))).toEqual(['A', 'B', 'C']);
    cache.set('d', 'D');
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key))).toEqual([undefined, undefined, 'C', 'D']);
  });

  it('keeps a record set again as long as a new one, with its new value', () => {
    const cache = new RawRecordCache(4);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('a', '3');
    cache.set('c', '4');
    // Set again after b, a outlives it.
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['3', undefined, '4']);
  });

  it('forgets a record set to null (gone from Redis), and every record on clear', () => {
    const cache = new RawRecordCache(4);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('c', '3');
    cache.set('a', null);
    expect(cache.get('a')).toBeUndefined();
    cache.clear();
    expect([cache.get('b'), cache.get('c')]).toEqual([undefined, undefined]);
  });
});

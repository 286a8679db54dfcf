import { describe, expect, it } from 'vitest';
import { pooledCryptoRandom } from './random-source.js';

describe('the pooled random source', () => {
  it('hands out distinct bytes across pool refills, in the sizes asked for', () => {
    const random = pooledCryptoRandom();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const bytes = random.bytes(16);
      expect(bytes).toHaveLength(16);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2000);
    expect(random.bytes(64 * 1024)).toHaveLength(64 * 1024);
  });

  it('returns copies: changing one result never changes another', () => {
    const random = pooledCryptoRandom();
    const a = random.bytes(8);
    const b = random.bytes(8);
    const before = b.toString('hex');
    a.fill(0);
    expect(b.toString('hex')).toBe(before);
  });
});

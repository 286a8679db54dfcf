import { randomFillSync } from 'node:crypto';

/** Where the mock's unpredictable values (codes, tokens, rid, login sessions) come from. */
export interface RandomSource {
  bytes(count: number): Buffer;
}

const POOL_SIZE = 16 * 1024;

/**
 * Cryptographic randomness drawn from a pool refilled 16 KiB at a time: one OpenSSL call per ~150 tokens
 * instead of one per value, which the code exchange (two tokens each) notices. The bytes are copied out,
 * so no caller ever shares pool memory.
 */
export function pooledCryptoRandom(): RandomSource {
  const pool = Buffer.allocUnsafe(POOL_SIZE);
  let offset = POOL_SIZE;
  return {
    bytes(count) {
      if (count > POOL_SIZE) return randomFillSync(Buffer.allocUnsafe(count));
      if (offset + count > POOL_SIZE) {
        randomFillSync(pool);
        offset = 0;
      }
      const out = Buffer.from(pool.subarray(offset, offset + count));
      offset += count;
      return out;
    },
  };
}

export const cryptoRandom: RandomSource = pooledCryptoRandom();

import { createHash } from 'node:crypto';

/**
 * A small, fast generator (mulberry32) seeded from a string: the same seed draws the same sequence,
 * so a fault that fires "with probability 0.3" fires on the same calls in every run.
 */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { randomBytes } from 'node:crypto';

/** Where the mock's unpredictable values (codes, tokens, rid, login sessions) come from. */
export interface RandomSource {
  bytes(count: number): Buffer;
}

export const cryptoRandom: RandomSource = { bytes: (count) => randomBytes(count) };

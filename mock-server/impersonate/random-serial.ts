import { randomBytes } from 'node:crypto';

/** A certificate serial number: 16 random bytes as hex, the top bit clear so that it reads as positive. */
export function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

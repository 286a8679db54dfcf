import { describe, expect, it } from 'vitest';
import { notInWhitelist } from './ip-whitelist.js';

describe('the 40164 text, which names the caller (ML§5.1)', () => {
  it.each([
    ['::ffff:218.58.124.130', 'invalid ip 218.58.124.130 ipv6 ::ffff:218.58.124.130, not in whitelist'],
    ['127.0.0.1', 'invalid ip 127.0.0.1 ipv6 ::ffff:127.0.0.1, not in whitelist'],
    ['::1', 'invalid ip ::1 ipv6 ::1, not in whitelist'],
  ])('writes a caller at %s as WeChat does: %s', (address, text) => {
    expect(notInWhitelist(address)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveAppid, deriveHeadimgurl, deriveSecret, Identifiers } from './identifiers.js';
import { cryptoRandom } from './random-source.js';

const ids = new Identifiers('seed', cryptoRandom, 86);

describe('identifier shapes (reference §7)', () => {
  it('codes are 32 characters of [A-Za-z0-9] starting with 0 and a digit, with 000 runs', () => {
    for (let i = 0; i < 200; i++) {
      const code = ids.code();
      expect(code).toMatch(/^0[0-9][A-Za-z0-9]{30}$/);
      expect(code).toContain('000');
    }
  });

  it('sns tokens are "86_" plus 107 characters of [A-Za-z0-9_-], 110 in all', () => {
    const token = ids.token();
    expect(token).toMatch(/^86_[A-Za-z0-9_-]{107}$/);
    expect(token).toHaveLength(110);
  });

  it('openids are 28 characters starting with "o", sharing their first 6 characters within one app', () => {
    const prefix = ids.idPrefix('app', 'wx0000000000000001');
    const a = ids.userId(prefix, 'app', 'wx0000000000000001', 'alice');
    const b = ids.userId(prefix, 'app', 'wx0000000000000001', 'bob');
    expect(a).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(a.slice(0, 6)).toBe(b.slice(0, 6));
    expect(a).not.toBe(b);
  });

  it('the same seed gives the same openid after a restart, another seed a different one', () => {
    const again = new Identifiers('seed', cryptoRandom, 86);
    const other = new Identifiers('other-seed', cryptoRandom, 86);
    const openid = (i: Identifiers) => i.userId(i.idPrefix('app', 'wxa'), 'app', 'wxa', 'alice');
    expect(openid(again)).toBe(openid(ids));
    expect(openid(other)).not.toBe(openid(ids));
  });

  it('the rid is %08x-%08x-%08x and its first group is the Unix time in hex (reference §7)', () => {
    const rid = ids.rid(Date.UTC(2024, 0, 14, 1, 46, 0));
    expect(rid).toMatch(/^65a33cd8-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  it.each([
    ['the epoch', 0, '00000000'],
    ['2^32 - 1 s (2106-02-07T06:28:15Z)', (2 ** 32 - 1) * 1000, 'ffffffff'],
    ['2^32 s, where the 32-bit group wraps', 2 ** 32 * 1000, '00000000'],
    ['the latest instant the clock takes (9999-12-31)', Date.UTC(9999, 11, 31, 23, 59, 59, 999), 'fff4417f'],
  ])('the rid keeps its 8-hex-digit time group at %s', (_, nowMs, group) => {
    expect(ids.rid(nowMs)).toMatch(new RegExp(`^${group}-[0-9a-f]{8}-[0-9a-f]{8}$`));
  });

  it('login-session ids are 16 alphanumeric characters like the QR uuid (reference §1.2)', () => {
    expect(ids.loginSessionId()).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('derives appid, secret and avatar URL in WeChat shapes from the seed', () => {
    expect(deriveAppid('seed', 'My App')).toMatch(/^wx[0-9a-f]{16}$/);
    expect(deriveSecret('seed', 'wx0123456789abcdef')).toMatch(/^[0-9a-f]{32}$/);
    expect(deriveHeadimgurl('seed', 'alice')).toMatch(
      /^https:\/\/thirdwx\.qlogo\.cn\/mmopen\/vi_32\/[A-Za-z0-9_-]{86}\/132$/,
    );
  });
});

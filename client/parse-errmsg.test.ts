import { describe, expect, it } from 'vitest';
import { parseErrmsg } from './parse-errmsg.js';

// Every example is a real capture quoted in reference §8 / §8.1.
describe('parseErrmsg reads the request id of every errmsg era (reference §8.1)', () => {
  it('reads the modern ", rid: …" suffix and the time WeChat stamped in its first group', () => {
    const parsed = parseErrmsg('invalid code, rid: 63106779-282330ba-5d5deaf3');
    expect(parsed.base).toBe('invalid code');
    expect(parsed.rid).toBe('63106779-282330ba-5d5deaf3');
    expect(parsed.ridTime?.toISOString()).toBe(new Date(0x63106779 * 1000).toISOString());
  });

  it('reads the comma-less " rid: …" some codes still send', () => {
    const parsed = parseErrmsg('access_token expired rid: 643a4e12-6e40337e-6aec8830');
    expect(parsed).toMatchObject({ base: 'access_token expired', rid: '643a4e12-6e40337e-6aec8830' });
  });

  it('prefers the rid of the 2020 transition that also carried a hint', () => {
    const parsed = parseErrmsg('invalid openid hint: [lggEzMNre-I] rid: 5f8539c4-6220bb17-745f8a17');
    expect(parsed).toMatchObject({ base: 'invalid openid', rid: '5f8539c4-6220bb17-745f8a17' });
  });

  it('reads the 2017–2020 ", hints: [ req_id: … ]" and keeps an escaped URL in the base text', () => {
    expect(parseErrmsg('code been used, hints: [ req_id: sGlChWore-kb9ZOA ]')).toMatchObject({
      base: 'code been used',
      rid: 'sGlChWore-kb9ZOA',
      ridTime: null,
    });
    expect(
      parseErrmsg('invalid appsecret, view more at http://t.cn/RAEkdVq, hints: [ req_id: pEGcRJqge-196vpa ]'),
    ).toMatchObject({ base: 'invalid appsecret, view more at http://t.cn/RAEkdVq', rid: 'pEGcRJqge-196vpa' });
  });

  it('reads the oldest " hint: […]" with its trailing "!"', () => {
    expect(parseErrmsg('access_token expired hint: [I9JQua0689a456!]')).toMatchObject({
      base: 'access_token expired',
      rid: 'I9JQua0689a456!',
    });
  });

  it("leaves the docs' bare errmsg whole, with no rid", () => {
    expect(parseErrmsg('invalid code')).toEqual({ base: 'invalid code', rid: null, ridTime: null });
  });
});

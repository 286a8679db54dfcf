import { describe, expect, it } from 'vitest';
import { callbackUrl } from './callback-url.js';

describe('callback URLs', () => {
  it.each([
    ['http://localhost:3000/cb', 'abc', 'http://localhost:3000/cb?code=C&state=abc'],
    ['http://localhost:3000/cb?x=1', 'abc', 'http://localhost:3000/cb?x=1&code=C&state=abc'],
    ['http://localhost:3000/cb', '', 'http://localhost:3000/cb?code=C&state='],
    ['http://localhost/cb?a=1&amp;b=2', 's', 'http://localhost/cb?a=1&b=2&code=C&state=s'],
    ['http://localhost/#/route', 's', 'http://localhost/#/route?code=C&state=s'],
  ])('qrconnect appends to the end of %s as the page script does (reference §1.2)', (redirectUri, state, expected) => {
    expect(callbackUrl('qrconnect', redirectUri, 'C', state)).toBe(expected);
  });

  it.each([
    ['http://localhost/cb', 'abc', 'http://localhost/cb?code=C&state=abc'],
    ['http://localhost/cb?x=1', '', 'http://localhost/cb?x=1&code=C&state='],
    ['http://localhost/app/#/route?y=2', 'a b', 'http://localhost/app/?code=C&state=a%20b#/route?y=2'],
  ])(
    'oauth2/authorize inserts before the #fragment of %s with state encoded (reference §2)',
    (redirectUri, state, expected) => {
      expect(callbackUrl('oauth2', redirectUri, 'C', state)).toBe(expected);
    },
  );
});

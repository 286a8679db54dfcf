import { describe, expect, it } from 'vitest';
import { sessionKeySignature } from './session-key-signature.js';

describe('the signature the mock expects on /wxa/checksession (ML§2.2)', () => {
  it('reproduces the documentation\'s worked example: key o0q0otL8aEzpcZL/FT9WsQ==, payload {"foo":"bar"}', () => {
    expect(sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==', '{"foo":"bar"}')).toBe(
      '654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b',
    );
  });

  it('signs the empty payload of checksession by default, 64 lower-case hex characters', () => {
    expect(sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==')).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==')).not.toBe(sessionKeySignature('VI6GJ52tcpCQx9eSpLPZlA=='));
  });
});

import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sessionKeySignature } from './session-key-signature.js';

describe('sessionKeySignature (ML§2.2)', () => {
  it('reproduces the documentation\'s worked example: key o0q0otL8aEzpcZL/FT9WsQ==, payload {"foo":"bar"}', () => {
    expect(sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==', '{"foo":"bar"}')).toBe(
      '654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b',
    );
  });

  it('keys the HMAC with the base64 text, not the decoded bytes, and not with the arguments swapped', () => {
    const text = sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==', '{"foo":"bar"}');
    const decoded = createHmac('sha256', Buffer.from('o0q0otL8aEzpcZL/FT9WsQ==', 'base64'))
      .update('{"foo":"bar"}')
      .digest('hex');
    const swapped = createHmac('sha256', '{"foo":"bar"}').update('o0q0otL8aEzpcZL/FT9WsQ==').digest('hex');
    expect(text).not.toBe(decoded);
    expect(text).not.toBe(swapped);
  });

  it('signs the empty payload checksession uses by default: 64 lower-case hex characters, one per key', () => {
    const signature = sessionKeySignature('o0q0otL8aEzpcZL/FT9WsQ==');
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signature).toBe(createHmac('sha256', 'o0q0otL8aEzpcZL/FT9WsQ==').update('').digest('hex'));
    expect(sessionKeySignature('VI6GJ52tcpCQx9eSpLPZlA==')).not.toBe(signature);
  });
});

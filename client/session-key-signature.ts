import { createHmac } from 'node:crypto';

/**
 * The `signature` of `/wxa/checksession` and `/wxa/resetusersessionkey` (ML§2.2): lower-case hex of
 * HMAC-SHA256 keyed with the session_key's base64 **text** as ASCII bytes (not the 16 decoded bytes), over
 * `payload`, which those calls leave empty. The documentation writes the arguments the other way round,
 * which leads people into 87009 invalid signature.
 */
export function sessionKeySignature(sessionKey: string, payload = ''): string {
  return createHmac('sha256', Buffer.from(sessionKey, 'ascii')).update(payload, 'utf8').digest('hex');
}

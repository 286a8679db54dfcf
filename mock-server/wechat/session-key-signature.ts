import { createHmac } from 'node:crypto';

/**
 * What `/wxa/checksession` and `/wxa/resetusersessionkey` expect as `signature` (ML§2.2): lower-case hex of
 * HMAC-SHA256 keyed with the session_key's base64 **text** as ASCII bytes (not the decoded bytes), over the
 * payload, empty for those calls. (client/session-key-signature.ts is the client's copy: mock-server and
 * client never import each other.)
 */
export function sessionKeySignature(sessionKey: string, payload = ''): string {
  return createHmac('sha256', Buffer.from(sessionKey, 'ascii')).update(payload, 'utf8').digest('hex');
}

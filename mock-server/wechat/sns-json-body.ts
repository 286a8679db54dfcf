import type { IncomingMessage } from 'node:http';
import { SNS_FORM_LIMIT_BYTES } from './sns-form-body.js';

/**
 * Reads the JSON body of a /cgi-bin or /wxa POST (ML§4.2, ML§5.2), whatever its Content-Type: the object it
 * holds, or null when it is empty, no JSON, no object, or over the /sns body limit (then the rest is read
 * and discarded, so memory stays bounded and the connection usable).
 */
export function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= SNS_FORM_LIMIT_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.once('end', () => resolve(size > SNS_FORM_LIMIT_BYTES ? null : parseObject(Buffer.concat(chunks))));
    req.once('error', reject);
  });
}

function parseObject(bytes: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

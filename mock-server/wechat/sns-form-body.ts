import type { IncomingMessage } from 'node:http';
import { type ParsedUrlQuery, parse } from 'node:querystring';

/**
 * A form of WeChat's /sns parameters (appid, secret, code, grant_type, a redirect_uri some clients add)
 * is well under 1 KiB; a body larger than this is not such a form, and is not kept.
 */
export const SNS_FORM_LIMIT_BYTES = 16 * 1024;

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Whether a request carries a form-encoded body (the media type, whatever its parameters and case). */
export function hasFormBody(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  const end = type.indexOf(';');
  return (end === -1 ? type : type.slice(0, end)).trim().toLowerCase() === FORM_TYPE;
}

/**
 * Reads a form-encoded body, as Node's `querystring` reads a query string (reference §3.1: WeChat
 * probably reads such a body after the query string). A body over `limitBytes` resolves to undefined: its
 * parameters are ignored, the rest of it is read and discarded (memory stays bounded, and the connection
 * stays usable for the next request).
 */
export function readFormBody(req: IncomingMessage, limitBytes: number): Promise<ParsedUrlQuery | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.once('end', () => resolve(size > limitBytes ? undefined : parse(Buffer.concat(chunks).toString('utf8'))));
    req.once('error', reject);
  });
}

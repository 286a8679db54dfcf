import type { Context } from 'koa';
import { ClientProtocolError } from './client-protocol-error.js';

/**
 * A request's body as UTF-8 text, or undefined when it is larger than `limitBytes` (reading stops there).
 * A body the client breaks (bad chunking, a connection reset mid-body) is a ClientProtocolError.
 */
export function readBodyText(ctx: Context, limitBytes: number): Promise<string | undefined> {
  // Read once: a shared store may run a handler again (docs/decisions/0026), and the body is a stream.
  let read = bodies.get(ctx.req);
  if (read === undefined) {
    read = readOnce(ctx, limitBytes);
    bodies.set(ctx.req, read);
  }
  return read;
}

const bodies = new WeakMap<Context['req'], Promise<string | undefined>>();

async function readOnce(ctx: Context, limitBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of ctx.req) {
      size += (chunk as Buffer).length;
      if (size > limitBytes) return undefined;
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw new ClientProtocolError(error);
  }
  return Buffer.concat(chunks).toString('utf8');
}

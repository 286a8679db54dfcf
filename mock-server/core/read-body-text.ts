import type { Context } from 'koa';

/** A request's body as UTF-8 text, or undefined when it is larger than `limitBytes` (reading stops there). */
export async function readBodyText(ctx: Context, limitBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

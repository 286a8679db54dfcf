import type { Context } from 'koa';
import { isLoopback } from '../core/loopback.js';

/** The host this request reached, as the browser named it (Host header), else the socket's own address. */
function requestHost(ctx: Context): string {
  if (ctx.host !== '') return ctx.host;
  const { localAddress = '127.0.0.1', localPort } = ctx.req.socket;
  return `${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
}

/**
 * The phone confirmation URL a QR code encodes (reference §1.2: `…/connect/confirm?uuid=`), on the mock's
 * own origin as this request reached it, so a phone on the LAN can open it when the desktop did too.
 */
export function phoneUrl(ctx: Context, uuid: string): string {
  return `${ctx.protocol}://${requestHost(ctx)}/connect/confirm?uuid=${encodeURIComponent(uuid)}`;
}

/** Whether the request reached the mock through loopback, so a phone could not follow its QR code. */
export const reachedThroughLoopback = (ctx: Context): boolean => isLoopback(ctx.hostname);

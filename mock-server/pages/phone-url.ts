import type { Context } from 'koa';
import { isLoopback } from '../core/loopback.js';

/**
 * A Host header a browser could have sent: a DNS name (at most 253 characters) or an IP literal, and a port.
 * Anything else (e.g. thousands of characters, which no QR code can hold) is not used to build a URL.
 */
const PLAUSIBLE_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** The host this request reached, as the browser named it (Host header) when plausible, else the socket's own address. */
function requestHost(ctx: Context): string {
  if (PLAUSIBLE_HOST.test(ctx.host)) return ctx.host;
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

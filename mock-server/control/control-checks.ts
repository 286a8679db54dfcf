import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Context, Next } from 'koa';
import { ControlError } from './control-error.js';

/** What the checks need to know about the control plane (docs/decisions/0013). */
export interface ControlCheckOptions {
  /** The bearer token the control plane demands, or null: open, so only trusted Host names are answered. */
  readonly token: string | null;
  /** Host names, besides IP addresses and `localhost`, that an open control plane answers. */
  readonly allowedHosts: readonly string[];
}

/** How much of a refused header an answer repeats: enough to recognise it, never a flood. */
const ECHO_LIMIT = 100;

const echo = (value: string): string =>
  JSON.stringify(value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value);

/**
 * Refuses a control request that a web page on another site could have sent (docs/decisions/0013):
 * an `Origin` other than the mock's own (403), a `Host` an open control plane does not trust (403: DNS
 * rebinding), a body not declared as JSON (415: a `text/plain` POST needs no CORS preflight). The bearer
 * token is checked after these, by `controlAuth`.
 */
export function controlChecks(options: ControlCheckOptions) {
  const allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
  return async (ctx: Context, next: Next) => {
    const host = ctx.get('Host');
    const origin = ctx.get('Origin');
    if (origin !== '' && !isOwnOrigin(ctx, host, origin)) {
      throw new ControlError(
        403,
        'forbidden',
        `The control plane answers only pages of its own origin; this request came from ${echo(origin)}.`,
      );
    }
    if (options.token === null && !trustedHost(host, allowed)) {
      throw new ControlError(
        403,
        'forbidden',
        `The control plane is open (no token), so it answers only requests addressed to an IP address, localhost or a name given with --control-allowed-host (control.allowedHosts); this one was addressed to ${echo(host)}. Add the name, or give the control plane a token.`,
      );
    }
    await next();
  };
}

/** Refuses a control request whose body is not declared `application/json` (415); runs after the token check. */
export async function jsonBodyOnly(ctx: Context, next: Next): Promise<void> {
  const length = ctx.get('Content-Length');
  const hasBody = ctx.get('Transfer-Encoding') !== '' || (length !== '' && length !== '0');
  const type = ctx.get('Content-Type');
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
    throw new ControlError(
      415,
      'unsupported_media_type',
      `A control request with a body must declare "Content-Type: application/json"; this one declared ${type === '' ? 'none' : echo(type)}.`,
    );
  }
  await next();
}

/** Whether `origin` is the one a browser gives pages of this mock when it reaches the mock by `host`. */
function isOwnOrigin(ctx: Context, host: string, origin: string): boolean {
  const scheme = (ctx.req.socket as TLSSocket).encrypted ? 'https' : 'http';
  try {
    return new URL(origin).origin === new URL(`${scheme}://${host}`).origin;
  } catch {
    // `Origin: null` (a sandboxed frame, a file) or a Host that is no host: not this mock's pages.
    return false;
  }
}

/**
 * Whether a Host header names this machine in a way no other site can borrow: an IP address or `localhost`
 * (a rebinding attack needs a DNS name its author controls), or a name the user listed.
 */
function trustedHost(host: string, allowed: ReadonlySet<string>): boolean {
  const name = (host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '')).toLowerCase();
  return isIP(name) !== 0 || name === 'localhost' || allowed.has(name);
}

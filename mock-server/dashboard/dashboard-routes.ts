import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { dashboardShell } from './dashboard-shell.js';
import { DASHBOARD_CSS, DASHBOARD_JS } from './generated/dashboard-assets.js';

/**
 * The page may run only the mock's own script and style, talk only to its own origin, and never be framed
 * (no clickjacking of the buttons that steer the mock).
 */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

interface Asset {
  readonly body: string;
  /** The body gzipped, made on the first request that accepts it (not at start: cold start is measured). */
  gzipped?: Buffer;
  readonly type: string;
  readonly etag: string;
  /** no-cache for the page (revalidated by ETag); a year for the hashed script and style. */
  readonly cacheControl: string;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

function asset(body: string, type: string, cacheControl: string): Asset {
  return { body, type, etag: `"${hash(body)}"`, cacheControl };
}

const scriptHash = hash(DASHBOARD_JS);
const styleHash = hash(DASHBOARD_CSS);
const ASSETS: Readonly<Record<string, Asset>> = {
  // The control gate hands over `/__mock/ui/` as `/__mock/ui` (one spelling per path); the shell links its
  // script and style by absolute path, so it works at either.
  '/ui': asset(dashboardShell(scriptHash, styleHash), 'text/html; charset=utf-8', 'no-cache'),
  '/ui/dashboard.js': asset(DASHBOARD_JS, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'),
  '/ui/dashboard.css': asset(DASHBOARD_CSS, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'),
};

function send(ctx: Context, served: Asset): void {
  const { body, type, etag, cacheControl } = served;
  ctx.set('Content-Security-Policy', DASHBOARD_CSP);
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Cache-Control', cacheControl);
  ctx.set('ETag', etag);
  ctx.set('Vary', 'Accept-Encoding');
  if (
    ctx
      .get('If-None-Match')
      .split(/\s*,\s*/)
      .includes(etag)
  ) {
    ctx.status = 304;
    return;
  }
  ctx.type = type;
  if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    served.gzipped ??= gzipSync(body, { level: 9 });
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = served.gzipped;
  } else {
    ctx.body = body;
  }
}

/**
 * The dashboard under /__mock/ui/ (docs/decisions/0021): its static shell, script and style sheet. They hold
 * no data and so need no token; everything the page shows it reads from the control plane, with the token.
 * Registered only while the control plane is on.
 */
export function dashboardRoutes(router: Router): void {
  for (const [path, served] of Object.entries(ASSETS)) router.get(path, (ctx) => send(ctx, served));
}

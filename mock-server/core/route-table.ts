import type { Context, Next } from 'koa';

export type RouteHandler = (ctx: Context) => Promise<void> | undefined;
export type Route = readonly [method: 'GET' | 'POST', path: string, handler: RouteHandler];

/** A path ending in one `{name}` segment, such as `/connect/qrcode/{uuid}`; its value is `pathParam(ctx)`. */
const PARAM_SEGMENT = /\/\{[a-z]+\}$/;

/** The value of the trailing `{name}` segment of the route that answered (see `routeTable`). */
export const pathParam = (ctx: Context): string => ctx.state.pathParam ?? '';

/**
 * Dispatches the WeChat-facing routes by exact method and path in one Map lookup. These paths are static,
 * and they are the hot path: a router's pattern matching per request cost more than the endpoints
 * themselves (docs/decisions/0005). A path may end in one `{name}` segment; those are tried only when no
 * static path matched. HEAD is answered by the GET handler (Koa drops the body).
 */
export function routeTable(routes: readonly Route[]) {
  const table = new Map<string, RouteHandler>();
  const prefixed: [key: string, handler: RouteHandler][] = [];
  for (const [method, path, handler] of routes) {
    const methods = method === 'GET' ? [method, 'HEAD'] : [method];
    for (const m of methods) {
      if (PARAM_SEGMENT.test(path)) prefixed.push([`${m} ${path.replace(PARAM_SEGMENT, '/')}`, handler]);
      else table.set(`${m} ${path}`, handler);
    }
  }
  return (ctx: Context, next: Next) => {
    const key = `${ctx.method} ${ctx.path}`;
    const handler = table.get(key);
    if (handler !== undefined) return handler(ctx);
    for (const [prefix, prefixHandler] of prefixed) {
      const param = key.startsWith(prefix) ? key.slice(prefix.length) : '';
      if (param !== '' && !param.includes('/')) {
        ctx.state.pathParam = param;
        return prefixHandler(ctx);
      }
    }
    return next();
  };
}

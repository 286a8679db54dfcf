import type { Context, Next } from 'koa';

export type RouteHandler = (ctx: Context) => Promise<void> | undefined;
export type Route = readonly [method: 'GET' | 'POST', path: string, handler: RouteHandler];

/**
 * Dispatches the WeChat-facing routes by exact method and path in one Map lookup. These paths are all
 * static, and they are the hot path: a router's pattern matching per request cost more than the endpoints
 * themselves (docs/decisions/0005). HEAD is answered by the GET handler (Koa drops the body).
 */
export function routeTable(routes: readonly Route[]) {
  const table = new Map<string, RouteHandler>();
  for (const [method, path, handler] of routes) {
    table.set(`${method} ${path}`, handler);
    if (method === 'GET') table.set(`HEAD ${path}`, handler);
  }
  return (ctx: Context, next: Next) => {
    const handler = table.get(`${ctx.method} ${ctx.path}`);
    return handler === undefined ? next() : handler(ctx);
  };
}

import type { Context } from 'koa';
import type { RequestSubject } from '../logging/record-request.js';

/**
 * A WeChat-facing route's handler: it answers through `ctx` and returns whom the request concerned, which
 * the request record needs (the type makes every route say it). `param` is the value of the path's
 * trailing `{name}` segment ('' for a static path).
 */
export type RouteHandler = (ctx: Context, param: string) => RequestSubject | Promise<RequestSubject>;
export type Route = readonly [method: 'GET' | 'POST', path: string, handler: RouteHandler];

/** Answers a request if a route has its method and path: returns whom it concerned, or undefined (no route). */
export type RouteDispatch = (ctx: Context) => RequestSubject | Promise<RequestSubject> | undefined;

/** A path ending in one `{name}` segment, such as `/connect/qrcode/{uuid}`. */
const PARAM_SEGMENT = /\/\{[a-z]+\}$/;

/**
 * Dispatches the WeChat-facing routes by exact method and path in one Map lookup; a router's pattern
 * matching per request cost more than the pages themselves (docs/decisions/0005). A path may end in one
 * `{name}` segment; those are tried only when no static path matched. HEAD is answered by the GET handler
 * (Koa drops the body).
 */
export function routeTable(routes: readonly Route[]): RouteDispatch {
  const table = new Map<string, RouteHandler>();
  const prefixed: [key: string, handler: RouteHandler][] = [];
  for (const [method, path, handler] of routes) {
    const methods = method === 'GET' ? [method, 'HEAD'] : [method];
    for (const m of methods) {
      if (PARAM_SEGMENT.test(path)) prefixed.push([`${m} ${path.replace(PARAM_SEGMENT, '/')}`, handler]);
      else table.set(`${m} ${path}`, handler);
    }
  }
  return (ctx) => {
    const key = `${ctx.method} ${ctx.path}`;
    const handler = table.get(key);
    if (handler !== undefined) return handler(ctx, '');
    for (const [prefix, prefixHandler] of prefixed) {
      const param = key.startsWith(prefix) ? key.slice(prefix.length) : '';
      if (param !== '' && !param.includes('/')) return prefixHandler(ctx, param);
    }
    return undefined;
  };
}

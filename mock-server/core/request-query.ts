import { type ParsedUrlQuery, parse } from 'node:querystring';
import type { Context } from 'koa';

const parsed = new WeakMap<Context, ParsedUrlQuery>();

/**
 * The request's query string, parsed once and shared by the page and the request record. Node's
 * `querystring` reads it as WeChat does (repeated names become lists, `+` is a space).
 */
export function requestQuery(ctx: Context): ParsedUrlQuery {
  const cached = parsed.get(ctx);
  if (cached !== undefined) return cached;
  const query = parse(ctx.querystring);
  parsed.set(ctx, query);
  return query;
}

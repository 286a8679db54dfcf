import type { ParsedUrlQuery } from 'node:querystring';

/** A query parameter as WeChat reads it: a repeated one counts by its first value, an empty one as missing. */
export function queryParam(query: ParsedUrlQuery, name: string): string | undefined {
  const value = query[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

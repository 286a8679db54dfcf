import type { ParsedUrlQuery } from 'node:querystring';

/** Keeps enough of a secret to recognise it, never enough to use it. */
export function maskValue(name: string, value: string): string {
  if (name === 'secret') return `${value.slice(0, 4)}…`;
  if (name === 'access_token' || name === 'refresh_token') {
    return value.length > 12 ? `${value.slice(0, 8)}…${value.slice(-4)}` : '…';
  }
  return value;
}

/** A request's parameters (first value of each) with secrets and tokens masked. */
export function maskQuery(query: ParsedUrlQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = maskValue(name, first);
  }
  return out;
}

/** An /sns answer body with its tokens masked. */
export function maskBody(body: string): string {
  return body.replace(
    /"(access_token|refresh_token)":"([^"]*)"/g,
    (_, name: string, value: string) => `"${name}":"${maskValue(name, value)}"`,
  );
}

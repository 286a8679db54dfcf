/**
 * The cookies a browser keeps, per host name (cookies ignore ports, RFC 6265 §8.5): enough of a browser's
 * jar to carry a site's session through a login. Attributes other than expiry are not enforced.
 */
export class CookieJar {
  readonly #byHost = new Map<string, Map<string, string>>();

  /** Takes the Set-Cookie headers of an answer from `url`. */
  store(url: URL, setCookies: readonly string[]): void {
    let cookies = this.#byHost.get(url.hostname);
    if (cookies === undefined) {
      cookies = new Map();
      this.#byHost.set(url.hostname, cookies);
    }
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (value === '' || attributes.some(isExpiredAttribute)) cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  /** The Cookie header for a request to `url`, or null. */
  header(url: URL): string | null {
    const cookies = this.#byHost.get(url.hostname);
    if (cookies === undefined || cookies.size === 0) return null;
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function isExpiredAttribute(attribute: string): boolean {
  const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
  if (/^max-age$/i.test(key)) return Number(value) <= 0;
  if (/^expires$/i.test(key)) return Date.parse(value) <= Date.parse('2000-01-01');
  return false;
}

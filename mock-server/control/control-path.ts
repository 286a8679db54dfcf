/** Every request path whose first segment starts with this, in any spelling, belongs to the control plane. */
const CONTROL_SEGMENT = '__mock';

/**
 * A target in origin form whose path has nothing to normalise and whose first segment cannot start with
 * `_`: not control. Tested on the whole target, so the WeChat hot path pays one match and no copy.
 */
const PLAIN_TARGET = /^\/[^/\\_%.?#][^\\%.?#]*(?:[?#]|$)/;

/** Characters kept as they are in the path handed to the control router; every other byte is percent-encoded. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The control plane's path for a request target, or null when the request is not for the control plane.
 *
 * The target is read the way any part of the mock or of a proxy before it might read it: absolute form
 * (`http://host/__mock/apps`) is reduced to its path; percent-escapes are decoded once; `/`, `\` and their
 * escapes all separate segments; empty segments (`//`, a trailing `/`) and `.` are dropped and `..` removes
 * the segment before it; case is ignored. When the first segment of the result starts with `__mock`, the
 * request is a control request, and the path returned is that result with every byte outside the unreserved
 * characters percent-encoded again (case kept, for persona keys and fault ids): the one path the control
 * router sees, so the checks and the routes judge the same path.
 */
export function controlPath(target: string): string | null {
  if (PLAIN_TARGET.test(target)) return null;
  const path = pathOf(target);
  const segments: string[] = [];
  // A byte string: one character per byte, as Node hands over the request line.
  const decoded = path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  for (const segment of decoded.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  if (!segments[0]?.toLowerCase().startsWith(CONTROL_SEGMENT)) return null;
  return `/${segments.map(percentEncode).join('/')}`;
}

/** The path of a request target: origin form up to `?` or `#`, the path of an absolute URL, or the target itself. */
function pathOf(target: string): string {
  if (!target.startsWith('/')) {
    try {
      return new URL(target).pathname;
    } catch {
      return target;
    }
  }
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

function percentEncode(segment: string): string {
  let encoded = '';
  for (const char of segment) {
    const code = char.codePointAt(0) ?? 0;
    if (UNRESERVED.test(char)) encoded += char;
    else if (code <= 0xff) encoded += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else encoded += encodeURIComponent(char);
  }
  return encoded;
}

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { RawRequest } from '../../test-support/raw-request.js';
import { OFFICIAL, WEBSITE } from '../../test-support/test-mock.js';
import { isApiPath } from '../core/api-path.js';

/** A plausible value for each path parameter of the contracts. */
const PATH_PARAMETERS: Readonly<Record<string, string>> = {
  appid: WEBSITE.appid,
  id: 'demo-open-platform',
  key: 'zhangsan',
  uuid: '0123456789abcdef',
};

/** Every path of a contract document, its parameters filled in: a route added to the contract is fuzzed too. */
function contractPaths(file: string): string[] {
  const document = parse(readFileSync(new URL(`../../contract/${file}`, import.meta.url), 'utf8')) as {
    paths: Record<string, unknown>;
  };
  return Object.keys(document.paths).map((path) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => PATH_PARAMETERS[name] ?? 'x'),
  );
}

const WECHAT_ROUTES = contractPaths('wechat-oauth.openapi.yaml');

/** The API endpoints (/sns, /cgi-bin, /wxa): every answer on them must be WeChat's JSON (docs/wechat-behaviour.md §9). */
export const SNS_PATHS = WECHAT_ROUTES.filter(isApiPath);

/** Every route of the mock, WeChat-facing and control, and two that are none. */
const ROUTES = [...WECHAT_ROUTES, ...contractPaths('mock-control.openapi.yaml'), '/', '/favicon.ico'];

/** Rewrites one character of a path as a percent-escape, in either case of hex. */
const escapeOne = (path: string, at: number, upper: boolean) => {
  const i = 1 + (at % Math.max(1, path.length - 1));
  const hex = (path.codePointAt(i) ?? 47).toString(16).padStart(2, '0');
  return `${path.slice(0, i)}%${upper ? hex.toUpperCase() : hex}${path.slice(i + 1)}`;
};

/** How a hostile client might respell a route: case, slashes, escapes, dot segments, backslashes, absolute form. */
const spelling = fc.oneof(
  fc.constant((path: string) => path),
  fc.constant((path: string) => path.toUpperCase()),
  fc
    .array(fc.boolean(), { minLength: 1, maxLength: 40 })
    .map(
      (flips) => (path: string) => [...path].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join(''),
    ),
  fc.constant((path: string) => `/${path}`),
  fc.constant((path: string) => `${path}/`),
  fc.constant((path: string) => path.replaceAll('/', '//')),
  fc.constant((path: string) => path.replaceAll('/', '\\')),
  fc.constant((path: string) => `/x/..${path}`),
  fc.constant((path: string) => `/./${path.slice(1)}`),
  fc.constant((path: string) => path.replace(/\/([^/]*)$/, '/./$1')),
  fc.constant((path: string) => path.replaceAll('_', '%5F')),
  fc.constant((path: string) => path.replaceAll('.', '%2e')),
  fc.constant((path: string) => `http://127.0.0.1${path}`),
  fc.tuple(fc.nat(), fc.boolean()).map(
    ([at, upper]) =>
      (path: string) =>
        escapeOne(path, at, upper),
  ),
  fc.string({ maxLength: 8 }).map((junk) => (path: string) => `${path}${encodeURIComponent(junk)}`),
);

const PARAM_NAMES = [
  'appid',
  'secret',
  'code',
  'js_code',
  'grant_type',
  'refresh_token',
  'access_token',
  'openid',
  'lang',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'uuid',
  'last',
  'persona',
  'mock_persona',
  'action',
  'after',
  'limit',
  'endpoint',
  'since',
  'href',
  'self_redirect',
  'style',
  '_',
];

/** Values already escaped for a query: valid, empty, huge, invalid UTF-8, odd characters. */
const paramValue = fc.oneof(
  fc.constantFrom(
    WEBSITE.appid,
    WEBSITE.secret,
    OFFICIAL.appid,
    'authorization_code',
    'refresh_token',
    'snsapi_login',
    'snsapi_base',
    'snsapi_userinfo',
    'code',
    encodeURIComponent('http://localhost:3000/callback'),
    'zh_CN',
    'en',
    '0',
    '-1',
    '1e309',
    '99999999999999999999',
    'NaN',
    'null',
  ),
  fc.constant(''),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  // Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong slash, a surrogate half.
  fc.constantFrom('%FF', '%C3', '%C3%28', '%C0%AF', '%ED%A0%80', '%E2%82', '%', '%G1', '%%'),
  fc.nat({ max: 20_000 }).map((n) => 'a'.repeat(n)),
  fc.constantFrom('<script>alert(1)</script>', '%0D%0ASet-Cookie:x=1', '..%2F..%2Fetc%2Fpasswd', '%00'),
);

/** A query string: known names and strangers, some repeated, each with any value (or none). */
const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 10 }).map(encodeURIComponent)),
      fc.option(paramValue, { nil: undefined }),
    ),
    { maxLength: 8 },
  )
  .chain((pairs) =>
    // A repeated parameter: WeChat's callers sometimes send one twice.
    fc.boolean().map((repeat) => (repeat && pairs.length > 0 ? [...pairs, pairs[0] as (typeof pairs)[0]] : pairs)),
  )
  .map((pairs) =>
    pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&')}`,
  );

const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE'];

const body = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify({ appid: WEBSITE.appid, persona: value })),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{"appid":', '[]', 'null', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.nat({ max: 100_000 }).map((n) => JSON.stringify({ name: 'x'.repeat(n) })),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  '*/*',
  '',
];

/**
 * A Host header: the mock's own, loopback names, another site, odd ones. Kept to 200 characters: a Host of
 * about 2,900 characters makes /connect/qrcode/{uuid} answer 500 (issue 12, defect 6), fixed separately.
 */
const host = (own: string) =>
  fc.oneof(
    fc.constant(own),
    fc.constantFrom('localhost', 'LOCALHOST:1', '127.0.0.1', '[::1]:3099', 'evil.example', 'evil.example:3099', ''),
    fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'a')),
  );

const origin = (own: string) =>
  fc.oneof(fc.constant(`http://${own}`), fc.constantFrom('https://evil.example', 'null', 'http://localhost'));

/** Anything in Authorization but the mock's real token. */
const authorization = fc.oneof(
  fc.constantFrom('Bearer ', 'Bearer', 'bearer a-very-secret-token-124', 'Basic dXNlcjpwYXNz', 'Bearer null'),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${s.replace(/[^\x21-\x7e]/g, 'x')}`),
);

/** Headers a browser, a phone or an attacker might send, each present or not. */
const headers = (own: string) =>
  fc
    .record(
      {
        host: host(own),
        origin: origin(own),
        authorization,
        'content-type': fc.constantFrom(...CONTENT_TYPES),
        'user-agent': fc.constantFrom('Mozilla/5.0 MicroMessenger/8.0.49', 'curl/8.5.0', 'x'.repeat(4000)),
        'accept-language': fc.constantFrom('zh-CN', 'en;q=0.5', '*'),
        cookie: fc.string({ maxLength: 50 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'c')),
        'x-forwarded-for': fc.constantFrom('1.2.3.4', 'unknown', '::1, 10.0.0.1'),
      },
      { requiredKeys: [] },
    )
    .map((given) => ({ ...given }) as Record<string, string>);

/**
 * A hostile request to any route of a mock reached as `own` (host:port): a route in any spelling, a query
 * with missing, repeated, huge or invalid UTF-8 parameters, any method, any headers, any body.
 */
export const hostileRequest = (own: string): fc.Arbitrary<RawRequest> =>
  fc
    .record({
      route: fc.constantFrom(...ROUTES),
      spell: spelling,
      query,
      method: fc.constantFrom(...METHODS),
      headers: headers(own),
      body,
    })
    .map(({ route, spell, query: q, method, headers: h, body: b }) => {
      // HEAD and GET bodies are legal but rare; a body on them stays, to see that nothing trips on it.
      return {
        method,
        path: `${spell(route)}${q}`,
        headers: h,
        ...(b === undefined || method === 'HEAD' ? {} : { body: b }),
      };
    });

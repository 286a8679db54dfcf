/** The environment variable that names the mock the preload routes WeChat's hosts to. */
export const MOCK_URL_VARIABLE = 'WECHAT_MOCK_URL';

/** Where a request to one of WeChat's hosts goes instead: the mock's origin and its base path. */
export interface MockTarget {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  readonly port: number;
  /** The base URL's path without its trailing slash ('' at the root), put before the request's path. */
  readonly basePath: string;
  readonly origin: string;
}

/**
 * Reads the mock's base URL from the environment. A missing or malformed one stops the process: an
 * application started with the preload expects to talk to the mock, never silently to WeChat.
 */
export function readMockTarget(env: NodeJS.ProcessEnv): MockTarget {
  const text = env[MOCK_URL_VARIABLE];
  if (!text) {
    throw new Error(
      `wechat-oauth-mock/intercept: set ${MOCK_URL_VARIABLE} to the mock's base URL (e.g. http://127.0.0.1:3099)`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`wechat-oauth-mock/intercept: ${MOCK_URL_VARIABLE} is not a URL: "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`wechat-oauth-mock/intercept: ${MOCK_URL_VARIABLE} must be an http or https URL, got "${text}"`);
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
    basePath: url.pathname.replace(/\/$/, ''),
    origin: url.origin,
  };
}

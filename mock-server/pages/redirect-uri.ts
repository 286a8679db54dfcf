import type { App } from '../model/registry.js';

/**
 * Whether redirect_uri may be used for `app` (reference §1.4): an absolute http(s) URL whose host is
 * exactly one of the app's callback domains (no subdomain matching). A port is accepted unless
 * `strictPorts`, because local development runs on ports; WeChat reportedly rejects them.
 */
export function redirectUriAllowed(redirectUri: string | undefined, app: App, strictPorts: boolean): boolean {
  if (redirectUri === undefined) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (strictPorts && url.port !== '') return false;
  return app.callbackDomains.includes(url.hostname.toLowerCase());
}

import type { LoginFlow } from '../model/login-sessions.js';

/**
 * Where an approved login lands: redirect_uri with `code` and `state`, built as each WeChat page does.
 *
 * qrconnect (reference §1.2): the page script turns `&amp;` back into `&` and appends
 * `?`/`&` + `code=CODE&state=STATE` to the end of the string, state unencoded and present even when
 * empty, so a `#fragment` in redirect_uri ends up before `?code=`.
 * oauth2/authorize (reference §2): code and state are inserted before any `#fragment`, state URL-encoded.
 */
export function callbackUrl(flow: LoginFlow, redirectUri: string, code: string, state: string): string {
  if (flow === 'qrconnect') {
    const target = redirectUri.replace(/&amp;/g, '&');
    return `${target}${target.includes('?') ? '&' : '?'}code=${code}&state=${state}`;
  }
  const hash = redirectUri.indexOf('#');
  const base = hash === -1 ? redirectUri : redirectUri.slice(0, hash);
  const fragment = hash === -1 ? '' : redirectUri.slice(hash);
  return `${base}${base.includes('?') ? '&' : '?'}code=${code}&state=${encodeURIComponent(state)}${fragment}`;
}

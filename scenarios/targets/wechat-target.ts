import type { ConformanceTarget } from './conformance-target.js';
import { foreignTarget } from './foreign-target.js';
import { type LoginPerson, scriptedPerson, terminalPerson } from './login-person.js';

/**
 * The real WeChat API, configured by environment:
 * - `WECHAT_APPID`, `WECHAT_SECRET`: a website app (required);
 * - `WECHAT_CALLBACK_URL`: its registered redirect_uri, on which the suite listens for logins
 *   (`WECHAT_CALLBACK_HOST` is the address to listen on, default 127.0.0.1);
 * - `WECHAT_CODES`: comma-separated fresh codes for unattended runs, used before asking a person;
 * - `WECHAT_MOBILE_APPID`, `WECHAT_MOBILE_SECRET`, `WECHAT_MOBILE_CODES`: a mobile app of the same Open
 *   Platform account and comma-separated codes its SDK login gave the same person (ML§6.1), for the
 *   `mobile-app` scenarios;
 * - `WECHAT_PERSON`: `terminal` (default: a QR code printed to scan with WeChat) or `scripted` (a script
 *   approving on the login page, for a mock standing in for WeChat);
 * - `WECHAT_OPEN_BASE_URL`, `WECHAT_API_BASE_URL`: other hosts than WeChat's.
 */
export async function wechatTarget(env: NodeJS.ProcessEnv = process.env): Promise<ConformanceTarget> {
  const appid = env.WECHAT_APPID;
  const secret = env.WECHAT_SECRET;
  if (!appid || !secret) throw new Error('the wechat target needs WECHAT_APPID and WECHAT_SECRET');
  const codes = codeList(env.WECHAT_CODES);
  const mobileAppid = env.WECHAT_MOBILE_APPID;
  const mobileSecret = env.WECHAT_MOBILE_SECRET;
  const mobileApp =
    mobileAppid && mobileSecret
      ? { credentials: { appid: mobileAppid, secret: mobileSecret }, codes: codeList(env.WECHAT_MOBILE_CODES) }
      : undefined;
  const callbackUrl = env.WECHAT_CALLBACK_URL;
  let person: LoginPerson | null = null;
  if (callbackUrl) person = env.WECHAT_PERSON === 'scripted' ? scriptedPerson() : terminalPerson();
  else if (codes.length === 0) {
    throw new Error('the wechat target needs WECHAT_CALLBACK_URL (to receive logins) or WECHAT_CODES');
  }
  return foreignTarget({
    name: 'wechat',
    openBaseUrl: env.WECHAT_OPEN_BASE_URL || 'https://open.weixin.qq.com',
    apiBaseUrl: env.WECHAT_API_BASE_URL || 'https://api.weixin.qq.com',
    website: { appid, secret },
    callbackUrl: callbackUrl || 'http://127.0.0.1/callback',
    callbackHost: env.WECHAT_CALLBACK_HOST || '127.0.0.1',
    person,
    codes,
    ...(mobileApp === undefined ? {} : { mobileApp }),
  });
}

/** A comma-separated list of codes, blanks dropped. */
function codeList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

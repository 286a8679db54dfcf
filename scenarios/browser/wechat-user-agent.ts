/**
 * The User-Agent of WeChat's in-app browser (Android, WeChat 8.0), which official-account pages demand:
 * outside it, `/connect/oauth2/authorize` answers "请在微信客户端打开链接" (reference §2).
 */
export const WECHAT_BROWSER_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 MMWEBSDK/20240404 MMWEBID/6170 ' +
  'MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The headers a person's browser sends to `url`: WeChat's in-app User-Agent where WeChat demands it (§2). */
export function browserHeaders(url: URL): Record<string, string> {
  return url.pathname === '/connect/oauth2/authorize' ? { 'user-agent': WECHAT_BROWSER_USER_AGENT } : {};
}

/**
 * The host names WeChat's login lives on (reference §1, §1.2, §3–§5): the pages, the API, the QR long
 * poll (and its older host) and res.wx.qq.com, which serves wxLogin.js. Both the preload and the
 * impersonating TLS listener stand in for exactly these names and no others.
 */
export const WECHAT_HOSTS: readonly string[] = [
  'open.weixin.qq.com',
  'api.weixin.qq.com',
  'lp.open.weixin.qq.com',
  'long.open.weixin.qq.com',
  'res.wx.qq.com',
];

/** True for one of WeChat's login hosts, whatever its case and with or without a trailing dot. */
export function isWeChatHost(hostname: string | null | undefined): boolean {
  if (!hostname) return false;
  return WECHAT_HOSTS.includes(hostname.toLowerCase().replace(/\.$/, ''));
}

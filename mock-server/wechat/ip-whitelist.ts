/**
 * WeChat's 40164 text names the caller in both forms (ML§5.1):
 * `invalid ip 218.58.124.130 ipv6 ::ffff:218.58.124.130, not in whitelist`. An IPv4 caller seen through a
 * dual-stack socket (`::ffff:a.b.c.d`) is both; any other IPv6 caller is shown as itself twice (inferred).
 */
export function notInWhitelist(remoteAddress: string): string {
  const ipv4 = remoteAddress.startsWith('::ffff:') ? remoteAddress.slice('::ffff:'.length) : remoteAddress;
  const ipv6 = /^\d+\.\d+\.\d+\.\d+$/.test(ipv4) ? `::ffff:${ipv4}` : remoteAddress;
  return `invalid ip ${ipv4} ipv6 ${ipv6}, not in whitelist`;
}

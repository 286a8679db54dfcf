/**
 * The URL a client on the same machine uses for a server listening on `host`:`port`: an address that
 * means "every interface" becomes loopback, an IPv6 address gets its brackets.
 */
export function localUrl(host: string, port: number): string {
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${urlHost}:${port}`;
}

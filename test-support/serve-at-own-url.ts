import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedSite {
  /** e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves, on a free loopback port, the app that `build` makes for its own base URL: for a site whose
 * callback URL must carry the port it is served on, which is known only once it listens.
 */
export async function serveAtOwnUrl(
  build: (publicUrl: string) => { callback(): RequestListener },
): Promise<ServedSite> {
  let handle: RequestListener | null = null;
  const server = createServer((request, response) => handle?.(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handle = build(url).callback();
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

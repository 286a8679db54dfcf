import { createServer, type Server } from 'node:http';

/** Where the browser lands after a login: receives `code` and `state` on a local callback URL. */
export class CallbackServer {
  readonly #waiting = new Map<string, (code: string) => void>();
  readonly #arrived = new Map<string, string>();
  #server: Server | null = null;

  /** `callbackUrl` is the redirect_uri registered for the app; the server listens on its port (0: any free one). */
  constructor(readonly callbackUrl: URL) {}

  async listen(host = '127.0.0.1'): Promise<void> {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', this.callbackUrl);
      const state = url.searchParams.get('state');
      const code = url.searchParams.get('code');
      const answered = url.pathname === this.callbackUrl.pathname && state !== null && code !== null;
      response.writeHead(answered ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(answered ? 'Login received by the conformance suite; you can close this page.\n' : 'Not found\n');
      if (!answered) return;
      const resolve = this.#waiting.get(state);
      if (resolve === undefined) this.#arrived.set(state, code);
      else resolve(code);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(Number(this.callbackUrl.port || 80), host, resolve);
    });
    this.#server = server;
    const address = server.address();
    // Port 0 in the callback URL: the port the system picked.
    if (this.callbackUrl.port === '0' && typeof address === 'object' && address !== null) {
      this.callbackUrl.port = String(address.port);
    }
  }

  /** The code that arrives with `state`, or an error after `timeoutMs` or once `signal` aborts. */
  code(state: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
    const arrived = this.#arrived.get(state);
    if (arrived !== undefined) {
      this.#arrived.delete(state);
      return Promise.resolve(arrived);
    }
    return new Promise((resolve, reject) => {
      const stop = (reason: string) => {
        clearTimeout(timer);
        this.#waiting.delete(state);
        signal?.removeEventListener('abort', aborted);
        reject(new Error(reason));
      };
      const aborted = () => stop(`stopped waiting for a login at ${this.callbackUrl.href}`);
      const timer = setTimeout(
        () => stop(`no login arrived at ${this.callbackUrl.href} within ${Math.round(timeoutMs / 1000)} s`),
        timeoutMs,
      );
      signal?.addEventListener('abort', aborted, { once: true });
      this.#waiting.set(state, (code) => {
        clearTimeout(timer);
        this.#waiting.delete(state);
        signal?.removeEventListener('abort', aborted);
        resolve(code);
      });
    });
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (server === null) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

import { request } from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Sent exactly as given: no normalising of case, slashes, dot segments or escapes. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string | string[]>>;
  readonly body?: string | Buffer;
}

export interface RawAnswer {
  /**
   * 0 when the server closed the connection before any answer reached the client: what a client sees when
   * Node refuses a request (its 400) while the request's body is still being sent, and the close resets
   * the connection before the 400 is read.
   */
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/**
 * One request through node:http with the path, method and headers as given (fetch would normalise the path
 * and forbid some headers): what a hostile client really sends. Without a Host header of its own it sends
 * the mock's address; `Content-Length` is set for a body unless given. A connection reset before any answer
 * resolves with status 0, one reset while the answer arrives with what was read. Rejects when no answer has come within `timeoutMs`.
 */
export function rawRequest(baseUrl: string, raw: RawRequest, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port, host } = new URL(baseUrl);
  const headers: Record<string, string | string[]> = { ...raw.headers };
  const given = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);
  if (!given('host')) headers.host = host;
  // Node frames a GET's or DELETE's body with neither header: the server would read it as a next request.
  if (raw.body !== undefined && !given('content-length'))
    headers['content-length'] = String(Buffer.byteLength(raw.body));
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      { hostname, port, method: raw.method, path: raw.path, headers, setHost: false, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        const answer = () => ({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        });
        // A reset after the head arrived (Node closes the connection on a request it refused): what was read.
        res.on('error', (error: NodeJS.ErrnoException) =>
          error.code === 'ECONNRESET' ? resolve(answer()) : reject(error),
        );
        res.on('end', () => resolve(answer()));
        res.on('close', () => resolve(answer()));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // Once the answer's head is in, its own events settle the promise (Node 24 reports a reset here too).
      if (answered) return;
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
        resolve({ status: 0, headers: {}, body: '' });
      } else {
        reject(error);
      }
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.end(raw.body);
  });
}

import { request } from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Sent exactly as given: no normalising of case, slashes, dot segments or escapes. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string | string[]>>;
  readonly body?: string | Buffer;
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/**
 * One request through node:http with the path, method and headers as given (fetch would normalise the path
 * and forbid some headers): what a hostile client really sends. Without a Host header of its own it sends
 * the mock's address; `Content-Length` is set for a body unless given.
 */
export function rawRequest(baseUrl: string, raw: RawRequest): Promise<RawAnswer> {
  const { hostname, port, host } = new URL(baseUrl);
  const headers: Record<string, string | string[]> = { ...raw.headers };
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'host')) headers.host = host;
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, method: raw.method, path: raw.path, headers, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(raw.body);
  });
}

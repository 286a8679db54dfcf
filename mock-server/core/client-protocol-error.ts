/** Error codes of a client breaking HTTP or leaving mid-request: the mock did nothing wrong. */
const CLIENT_CODES = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

/**
 * A request whose body the client broke (bad chunking, a body cut short) or abandoned: answered 400 when an
 * answer can still go out, and logged as one line at debug level, never as the mock's failure.
 */
export class ClientProtocolError extends Error {
  override name = 'ClientProtocolError';
  /** Koa answers with this status and may show the message (it says only what the client did). */
  readonly status = 400;
  readonly expose = true;
  readonly code: string;

  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? 'ERR_UNKNOWN';
    super(`the request broke off or was malformed (${code})`);
    this.code = code;
  }
}

/** Whether `error` is the client's doing at the HTTP level (see ClientProtocolError), not the mock's. */
export function isClientProtocolError(error: unknown): boolean {
  if (error instanceof ClientProtocolError) return true;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && (code.startsWith('HPE_') || CLIENT_CODES.has(code));
}

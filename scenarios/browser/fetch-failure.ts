/**
 * Why a fetch failed, in words a site owner can act on: undici's "fetch failed" names neither the cause nor the
 * address, so the cause's code (ECONNREFUSED, ENOTFOUND, …) or message is added.
 */
export function fetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer within the time allowed';
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const detail = typeof cause?.message === 'string' ? cause.message : null;
  if (detail === 'bad port') return 'a port that fetch refuses to use (a "bad port" of the Fetch standard)';
  if (code === 'ECONNREFUSED') return 'connection refused (nothing listens there)';
  if (code === 'ENOTFOUND') return 'the host name does not resolve (ENOTFOUND)';
  if (code !== null) return `${detail ?? error.message} (${code})`;
  return detail ?? error.message;
}

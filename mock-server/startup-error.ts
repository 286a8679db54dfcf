/**
 * A reason the mock cannot start that the user can fix: its message is one line naming the setting or
 * file at fault, printed without a stack.
 */
export class StartupError extends Error {
  override name = 'StartupError';

  /** @param code Node's error code behind it (e.g. `EADDRINUSE`), for programs that branch on it. */
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What a listen error means, in words (Node's codes are for programs). */
const LISTEN_REASONS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'the port is already in use',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'that address is not one of this machine’s',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve (DNS did not answer)',
  EAI_NONAME: 'the host name does not resolve',
};

/** A listen failure as one line naming where and the settings that chose it, e.g. `--host / --port`. */
export function listenFailure(error: unknown, host: string, port: number, settings: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reason = LISTEN_REASONS[code];
  if (reason === undefined) return error as Error;
  return new StartupError(`cannot listen on ${host}:${port} (${settings}): ${reason} (${code})`, code);
}

/** A failed file operation as one line naming the file and the setting it came from. */
export function fileFailure(error: unknown, setting: string): Error {
  const { code, syscall, path } = (error as NodeJS.ErrnoException | null) ?? {};
  if (path === undefined || syscall === undefined) return error as Error;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new StartupError(`${setting}: cannot ${syscall} ${path}: ${reason}${code === undefined ? '' : ` (${code})`}`);
}

/**
 * A command line that a command of the `wechat-oauth-mock` CLI cannot run with (the mock itself,
 * `conformance`, `verify-client`); its message says what to fix, and the CLI prints it with the usage.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

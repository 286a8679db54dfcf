/**
 * Makes the process end quietly, with exit code 0, when the reader of `stream` goes away
 * (`wechat-oauth-mock conformance --list | head -2`): without this, the next write raises EPIPE as an
 * unhandled 'error' event and prints a stack trace. Any other stream error is still thrown.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

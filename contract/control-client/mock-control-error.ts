import type { ControlErrorCode, ControlIssue } from '../index.js';

/** Why a call failed: the control plane's error codes, and `timeout` when `journal.waitFor` waited in vain. */
export type MockControlErrorCode = ControlErrorCode | 'timeout';

/**
 * The one error a `WeChatMock` throws when the mock refuses a call: the control plane's machine-readable
 * `code` (branch on it), its `message`, the HTTP `status` and, for a rejected body, every `issue` at once.
 */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';

  constructor(
    readonly code: MockControlErrorCode,
    message: string,
    readonly status: number,
    readonly issues: readonly ControlIssue[] = [],
  ) {
    super(message);
  }

  /** The error for a failed answer, from its `ControlError` body, or from its status when it has none. */
  static fromAnswer(status: number, body: unknown, url: string): MockControlError {
    if (isControlError(body)) return new MockControlError(body.error, body.message, status, body.issues ?? []);
    const text = typeof body === 'string' ? body.slice(0, 200) : JSON.stringify(body ?? '');
    return new MockControlError(
      status === 404 ? 'not_found' : status === 401 ? 'unauthorized' : 'internal',
      `HTTP ${status} from ${url} without a control-plane error: ${text}`,
      status,
    );
  }
}

function isControlError(body: unknown): body is { error: ControlErrorCode; message: string; issues?: ControlIssue[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { error?: unknown }).error === 'string' &&
    typeof (body as { message?: unknown }).message === 'string'
  );
}

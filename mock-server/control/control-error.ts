import type { Context, Next } from 'koa';

import type { ControlErrorCode, ControlIssue } from '../../contract/index.js';
import { StoreUnavailableError } from '../store/store-unavailable-error.js';
import { reply } from './reply.js';

/** A control-plane failure, answered as `{"error": code, "message": text}` with an HTTP status. */
export class ControlError extends Error {
  readonly status: number;
  readonly code: ControlErrorCode;
  /** Every problem of a rejected body, when there were several. */
  issues: readonly ControlIssue[] | undefined;

  constructor(status: number, code: ControlErrorCode, message: string) {
    super(message);
    this.name = 'ControlError';
    this.status = status;
    this.code = code;
  }
}

/** Writes every ControlError, and anything unexpected as a 500 without its stack, as JSON. */
export function controlErrors(onUnexpected: (error: unknown) => void) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof ControlError) {
        ctx.status = error.status;
        reply(ctx, {
          error: error.code,
          message: error.message,
          ...(error.issues === undefined ? {} : { issues: error.issues }),
        });
        return;
      }
      if (error instanceof StoreUnavailableError) {
        // One line, no stack: the connection's own log already says the store is away (docs/decisions/0026).
        ctx.status = 503;
        reply(ctx, { error: 'store_unavailable', message: `${error.message}; nothing was changed, retry later.` });
        return;
      }
      onUnexpected(error);
      ctx.status = 500;
      reply(ctx, { error: 'internal', message: 'The mock failed to handle this control request; see its log.' });
    }
  };
}

import type { Context } from 'koa';
import { ClientProtocolError } from '../core/client-protocol-error.js';
import { readBodyText } from '../core/read-body-text.js';
import { ControlError } from './control-error.js';

export const LIMIT_BYTES = 64 * 1024;

/** Reads a control request's JSON object body (an empty body reads as `{}`), or answers 400 (413) saying why. */
export async function readJsonBody(ctx: Context): Promise<Record<string, unknown>> {
  const body = await readBodyText(ctx, LIMIT_BYTES).catch((error: unknown) => {
    if (error instanceof ClientProtocolError) throw new ControlError(400, 'bad_request', `The body ${error.message}.`);
    throw error;
  });
  if (body === undefined) throw new ControlError(413, 'bad_request', `The body is larger than ${LIMIT_BYTES} bytes.`);
  const text = body.trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ControlError(400, 'bad_request', `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ControlError(400, 'bad_request', 'The body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

import { ControlError } from './control-error.js';

/** A JSON body's field that must be a non-empty string, or 400 `bad_request` naming it. */
export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new ControlError(400, 'bad_request', `"${field}" must be a non-empty string.`);
  }
  return value;
}

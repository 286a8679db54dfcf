import type { Context } from 'koa';
import { queryParam } from '../core/query-param.js';
import { ControlError } from './control-error.js';

/** A whole-number query parameter from `min` to `max` (`fallback` when absent), or a 400 saying why. */
export function wholeNumberParam(ctx: Context, name: string, fallback: number, min: number, max: number): number {
  const text = queryParam(ctx.query, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ControlError(
      400,
      'bad_request',
      `"${name}" must be a whole number from ${min} to ${max}, got "${text}".`,
    );
  }
  return value;
}

import { ConfigError } from '../config/config-error.js';
import { Reader } from '../config/config-reader.js';
import { ControlError } from './control-error.js';

/**
 * Reads a control request body with the same readers as the config file, so both report every problem
 * at once with its path; problems become a 400 whose `issues` list them.
 */
export function readInput<T>(what: string, read: (r: Reader) => T, extraChecks?: (r: Reader, value: T) => void): T {
  const r = new Reader();
  const value = read(r);
  extraChecks?.(r, value);
  if (r.issues.length > 0) {
    const error = new ControlError(400, 'bad_request', new ConfigError(what, r.issues).message);
    error.issues = r.issues;
    throw error;
  }
  return value;
}

import type { ConfigIssue } from './config-error.js';

export type Raw = Record<string, unknown>;

export const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects issues while reading a raw document; reads return a usable fallback so checking goes on. */
export class Reader {
  readonly issues: ConfigIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: unknown, path: string, keys: readonly string[]): Raw {
    if (!isObject(value)) {
      this.fail(path, `expected an object, got ${show(value)}`);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(join(path, key), `unknown setting (known: ${keys.join(', ')})`);
    }
    return value;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list, got ${show(value)}`);
      return [];
    }
    return value;
  }

  string(value: unknown, path: string, fallback: string, test?: { pattern: RegExp; expected: string }): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.fail(path, `expected a string, got ${show(value)}`);
      return fallback;
    }
    if (test && !test.pattern.test(value)) this.fail(path, `expected ${test.expected}, got ${show(value)}`);
    return value;
  }

  requiredString(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') {
      this.fail(path, `expected a non-empty string, got ${show(value)}`);
      return '';
    }
    return value;
  }

  oneOf<T>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) {
      this.fail(path, `expected one of ${allowed.map(show).join(', ')}, got ${show(value)}`);
      return fallback;
    }
    return value as T;
  }

  integer(value: unknown, path: string, fallback: number, min: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `expected a whole number from ${min} to ${max}, got ${show(value)}`);
      return fallback;
    }
    return value;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, `expected true or false, got ${show(value)}`);
      return fallback;
    }
    return value;
  }

  unique(values: readonly string[], path: (index: number) => string, what: string): void {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) this.fail(path(index), `duplicate ${what} ${show(value)}`);
      seen.add(value);
    });
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

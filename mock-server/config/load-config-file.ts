import { readFile } from 'node:fs/promises';
import { ConfigError } from './config-error.js';
import type { MockConfig } from './mock-config.js';
import { validateConfig } from './validate-config.js';

/** The raw config with `control` settings laid over its own (a non-object raw config is left for validation to report). */
export function withControl(raw: unknown, control: Record<string, unknown>): unknown {
  if (Object.keys(control).length === 0) return raw;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) return raw;
  const base = (raw ?? {}) as Record<string, unknown>;
  const own = typeof base.control === 'object' && base.control !== null ? base.control : {};
  return { ...base, control: { ...own, ...control } };
}

/**
 * Reads and validates a YAML or JSON configuration file; the YAML parser is loaded only when needed.
 * `control` settings given (e.g. from command-line flags) take precedence over the file's.
 */
export async function loadConfigFile(path: string, control: Record<string, unknown> = {}): Promise<MockConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(path, [{ path: '', message: `cannot read the file: ${reason}` }]);
  }
  let raw: unknown;
  try {
    if (/\.json$/i.test(path)) {
      raw = JSON.parse(text);
    } else {
      // `default` is the CommonJS module in Node's own loader and in the CLI bundle alike.
      const { default: yaml } = await import('yaml');
      raw = yaml.parse(text);
    }
  } catch (error) {
    throw new ConfigError(path, [{ path: '', message: `cannot parse the file: ${(error as Error).message}` }]);
  }
  return validateConfig(withControl(raw, control), path);
}

import { readFile } from 'node:fs/promises';
import { ConfigError } from './config-error.js';
import type { MockConfig } from './mock-config.js';
import { validateConfig } from './validate-config.js';

/**
 * Settings from command-line flags: a section (`control`, `impersonate`) by its keys, or a top-level
 * setting (`stateFile`) by its value.
 */
export type FlagSections = Readonly<Record<string, Record<string, unknown> | string | number | boolean>>;

/** The raw config with each section of `flags` laid over its own and each top-level flag over its key (a non-object raw config is left for validation to report). */
export function withFlags(raw: unknown, flags: FlagSections): unknown {
  const given = Object.entries(flags).filter(
    ([, values]) => typeof values !== 'object' || Object.keys(values).length > 0,
  );
  if (given.length === 0) return raw;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) return raw;
  const merged: Record<string, unknown> = { ...(raw as Record<string, unknown> | undefined) };
  for (const [section, values] of given) {
    const own = merged[section];
    merged[section] =
      typeof values !== 'object' ? values : { ...(typeof own === 'object' && own !== null ? own : {}), ...values };
  }
  return merged;
}

/**
 * Reads and validates a YAML or JSON configuration file; the YAML parser is loaded only when needed.
 * Settings given by section (e.g. from command-line flags) take precedence over the file's.
 */
export async function loadConfigFile(path: string, flags: FlagSections = {}): Promise<MockConfig> {
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
  return validateConfig(withFlags(raw, flags), path);
}

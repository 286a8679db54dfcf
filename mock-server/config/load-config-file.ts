import { readFile } from 'node:fs/promises';
import { ConfigError } from './config-error.js';
import type { MockConfig } from './mock-config.js';
import { validateConfig } from './validate-config.js';

/** Reads and validates a YAML or JSON configuration file; the YAML parser is loaded only when needed. */
export async function loadConfigFile(path: string): Promise<MockConfig> {
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
  return validateConfig(raw, path);
}

import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);

describe('the control client', () => {
  it('imports only the contract and its own files, so mock-server, scenarios and testcontainers can all use it', async () => {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    const specifiers: string[] = [];
    for (const name of files) {
      const source = await readFile(new URL(name, dir), 'utf8');
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) specifiers.push(specifier ?? '');
    }
    const foreign = specifiers.filter((specifier) => !/^(\.\/|\.\.\/index\.js$|node:|openapi-fetch$)/.test(specifier));
    expect(foreign).toEqual([]);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);

describe('the model', () => {
  it('imports nothing from the layers built on it (wechat/, pages/, control/, logging/)', async () => {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    const upward: string[] = [];
    for (const name of files) {
      const source = await readFile(new URL(name, dir), 'utf8');
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) {
        if (/^\.\.\/(wechat|pages|control|logging)\//.test(specifier ?? '')) upward.push(`${name}: ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

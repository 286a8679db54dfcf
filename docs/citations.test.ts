import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The behaviour reference is cited as §N (docs/wechat-behaviour.md) and ML§N (docs/wechat-more-logins.md);
// each section carries an anchor `sN-M` / `mlN-M` (the scheme is described at the top of wechat-behaviour.md).

const root = fileURLToPath(new URL('..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);
const BEHAVIOUR = 'docs/wechat-behaviour.md';
const MORE_LOGINS = 'docs/wechat-more-logins.md';

/** Folders that hold no source of ours: installed, built, written by runs. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'reports', '.git']);
const TEXT_FILE = /\.(ts|mts|cts|js|mjs|cjs|md|ya?ml|json|py|sh|html|css)$|^Dockerfile$|^\.dockerignore$/;

function repositoryFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : repositoryFiles(full);
    return TEXT_FILE.test(entry.name) && entry.name !== 'package-lock.json' ? [full] : [];
  });
}

const files = repositoryFiles().map((file) => ({
  file,
  name: path.relative(root, file).split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

/** The section numbers a reference document anchors, e.g. "3.1" for `<a id="s3-1"></a>`. */
function anchoredSections(document: string, prefix: 's' | 'ml'): Set<string> {
  const text = readFileSync(path.join(root, document), 'utf8');
  const ids = [...text.matchAll(new RegExp(`<a id="${prefix}(\\d+(?:-\\d+)*)"></a>`, 'g'))].map((m) => m[1] ?? '');
  return new Set(ids.map((id) => id.replaceAll('-', '.')));
}

const sections = { '': anchoredSections(BEHAVIOUR, 's'), ML: anchoredSections(MORE_LOGINS, 'ml') };

/** Every `§N(.M)` and `ML§N(.M)` in a text, but not another standard's (`RFC 6749 §10.12`). */
function citations(text: string): { prefix: '' | 'ML'; section: string; index: number }[] {
  return [...text.matchAll(/(?<![\w§])(ML)?§(\d+(?:\.\d+)*)/g)]
    .filter((match) => !/RFC\s*\d+\s*$/.test(text.slice(Math.max(0, match.index - 12), match.index)))
    .map((match) => ({
      prefix: match[1] === 'ML' ? 'ML' : '',
      section: match[2] ?? '',
      index: match.index,
    }));
}

describe('the behaviour reference inside the repository', () => {
  it('finds the citations it checks: hundreds of §N across code, tests, scenarios, docs and the contract', () => {
    const citing = files.filter(({ text }) => citations(text).length > 0).map(({ name }) => name.split('/')[0]);
    const count = files.reduce((sum, { text }) => sum + citations(text).length, 0);
    expect(count).toBeGreaterThan(500);
    expect([...new Set(citing)]).toEqual(
      expect.arrayContaining(['contract', 'mock-server', 'scenarios', 'client', 'docs', 'README.md']),
    );
  });

  it('cites only sections that docs/wechat-behaviour.md and docs/wechat-more-logins.md have', () => {
    const missing = files.flatMap(({ name, text }) =>
      citations(text)
        .filter(({ prefix, section }) => !sections[prefix].has(section))
        .map(
          ({ prefix, section, index }) =>
            `${name}:${text.slice(0, index).split('\n').length} cites ${prefix}§${section}`,
        ),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    [BEHAVIOUR, 's', ''],
    [MORE_LOGINS, 'ml', 'ML'],
  ])('puts an anchor above every numbered heading of %s, each anchor once', (document, prefix, cite) => {
    const lines = readFileSync(path.join(root, document), 'utf8').split('\n');
    const problems: string[] = [];
    lines.forEach((line, index) => {
      const heading = new RegExp(`^#{2,3} ${cite}§(\\d+(?:\\.\\d+)*) `).exec(line);
      if (heading === null) return;
      const anchor = `<a id="${prefix}${heading[1]?.replaceAll('.', '-')}"></a>`;
      if (lines[index - 1] !== anchor) problems.push(`${document}:${index + 1} lacks ${anchor} above it`);
    });
    const ids: string[] = lines.join('\n').match(/<a id="[^"]+"><\/a>/g) ?? [];
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(problems).toEqual([]);
    expect(repeated).toEqual([]);
  });

  it('links to nothing outside the repository: no ../shared, no DESIGN.md, no wechat-oauth-behaviour.md', () => {
    const outside = [/\.\.\/shared\b/, /\bDESIGN\.md\b/, /wechat-oauth-behaviour\.md/];
    const found = files
      .filter(({ file }) => file !== thisFile)
      .flatMap(({ name, text }) =>
        outside.filter((pattern) => pattern.test(text)).map((pattern) => `${name} matches ${pattern}`),
      );
    expect(found).toEqual([]);
  });

  it('resolves every relative Markdown link to a file of the repository, and every §-anchor to a section', () => {
    const anchors = {
      [BEHAVIOUR]: readFileSync(path.join(root, BEHAVIOUR), 'utf8'),
      [MORE_LOGINS]: readFileSync(path.join(root, MORE_LOGINS), 'utf8'),
    };
    const broken = files
      .filter(({ name }) => name.endsWith('.md'))
      .flatMap(({ file, name, text }) =>
        [...text.matchAll(/\]\(([^)\s]+)\)/g)]
          .map((match) => match[1] ?? '')
          .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
          .filter((target) => {
            const [relative = '', fragment] = target.split('#');
            const resolved = path.resolve(path.dirname(file), relative);
            const inside = resolved.startsWith(root) && existsSync(resolved);
            const document = path.relative(root, resolved).split(path.sep).join('/') as keyof typeof anchors;
            const anchored =
              fragment === undefined ||
              !(document in anchors) ||
              anchors[document].includes(`<a id="${fragment}"></a>`);
            return !(inside && anchored);
          })
          .map((target) => `${name} links to ${target}`),
      );
    expect(broken).toEqual([]);
  });
});

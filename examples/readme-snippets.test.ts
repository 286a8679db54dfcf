// Every TypeScript or JavaScript snippet in README.md is either a part of a file the suite runs, or
// typechecked here as a module of its own against the built package, so no snippet can rot unnoticed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);
/** `<!-- tested: path/to/file.ts -->` on the line before a snippet: the snippet is part of that file. */
const TESTED = /^<!--\s*tested:\s*(\S+)\s*-->$/;

interface Snippet {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  readonly code: string;
  /** The file the snippet is a part of, or null: then it must typecheck on its own. */
  readonly testedIn: string | null;
}

/** The fenced code snippets of a Markdown text in the languages above. */
function codeSnippets(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\w*)\s*$/.exec(lines[index] ?? '');
    if (fence === null) continue;
    const end = lines.findIndex((text, at) => at > index && text.startsWith('```'));
    if (end < 0) throw new Error(`README.md line ${index + 1}: a code fence that is never closed`);
    const language = fence[1] ?? '';
    const before = lines.slice(0, index).findLast((text) => text.trim() !== '') ?? '';
    if (CODE.has(language)) {
      snippets.push({
        line: index + 1,
        language,
        code: lines.slice(index + 1, end).join('\n'),
        testedIn: TESTED.exec(before.trim())?.[1] ?? null,
      });
    }
    index = end;
  }
  return snippets;
}

/** The snippet's lines (trimmed, blank ones dropped) that do not appear, in order, in `file`. */
function linesMissingFrom(snippet: string, file: string): string[] {
  const have = file.split('\n').map((text) => text.trim());
  let at = 0;
  const missing: string[] = [];
  for (const wanted of snippet.split('\n').map((text) => text.trim())) {
    if (wanted === '') continue;
    const found = have.indexOf(wanted, at);
    if (found < 0) missing.push(wanted);
    else at = found + 1;
  }
  return missing;
}

/** Typechecks each snippet as a module at the repository's root (so `wechat-oauth-mock/…` resolves to dist/). */
function typeErrors(snippets: readonly Snippet[]): Map<Snippet, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('could not read tsconfig.json');
  const files = new Map(
    snippets.map((snippet) => {
      const extension = snippet.language.startsWith('t') ? 'ts' : 'mjs';
      return [path.join(ROOT, `README.md-line-${snippet.line}.${extension}`), snippet] as const;
    }),
  );
  const options = { ...config.options, noEmit: true, allowJs: true, checkJs: true, declaration: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(path.resolve(name))?.code ?? readFile(name);
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map<Snippet, string[]>();
  for (const [name, snippet] of files) {
    const source = program.getSourceFile(name);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    errors.set(
      snippet,
      diagnostics.map((diagnostic) => {
        const where =
          diagnostic.start === undefined || source === undefined
            ? ''
            : `line ${snippet.line + 1 + source.getLineAndCharacterOfPosition(diagnostic.start).line}: `;
        return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
      }),
    );
  }
  return errors;
}

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const snippets = codeSnippets(readme);

describe('the README’s code snippets', () => {
  it('finds the TypeScript and JavaScript snippets', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  for (const snippet of snippets.filter((candidate) => candidate.testedIn !== null)) {
    it(`README.md line ${snippet.line} is part of ${snippet.testedIn}, which the suite runs`, async () => {
      const file = await readFile(path.join(ROOT, snippet.testedIn ?? ''), 'utf8');
      expect(linesMissingFrom(snippet.code, file)).toEqual([]);
    });
  }

  const standalone = snippets.filter((candidate) => candidate.testedIn === null);
  it.runIf(standalone.length > 0)(
    `the ${standalone.length} snippet(s) not part of a tested file typecheck as modules of their own`,
    () => {
      const errors = typeErrors(standalone);
      expect(
        Object.fromEntries([...errors].map(([snippet, found]) => [`README.md line ${snippet.line}`, found])),
      ).toEqual(Object.fromEntries(standalone.map((snippet) => [`README.md line ${snippet.line}`, []])));
    },
    60_000,
  );
});

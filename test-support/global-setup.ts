import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import ts from 'typescript';

/**
 * Builds dist/ once per run, before any test file: the CLI bundle exactly as `npm run build` makes it (the CLI
 * tests spawn what ships), and the library's JavaScript transpiled file by file from tsconfig.build.json's
 * sources (what `node --import wechat-oauth-mock/intercept` and the example's process load). esbuild strips
 * the types in half a second where tsc takes a quarter of a minute; the types are checked once, by
 * `npm run typecheck`, and `npm run build` (also run before `npm pack`) still emits with tsc, declarations
 * included (docs/decisions/0016-reference-and-test-run.md).
 */
export default async function buildOnce(): Promise<void> {
  await build({
    entryPoints: buildSources(),
    outdir: 'dist',
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
}

/** The files tsconfig.build.json compiles, as TypeScript itself resolves its include and exclude lists. */
function buildSources(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.build.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined || parsed.errors.length > 0) {
    throw new Error(
      `tsconfig.build.json: ${parsed?.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('; ')}`,
    );
  }
  return parsed.fileNames;
}

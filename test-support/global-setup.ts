import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Builds dist/ once per run (library and CLI bundle), so the CLI tests spawn what ships. */
export default function buildOnce(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
}

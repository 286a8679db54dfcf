import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PreloadedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one of this folder's scripts as `node --import wechat-oauth-mock/intercept script args`. */
export async function runWithIntercept(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<PreloadedRun> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'wechat-oauth-mock/intercept', path, ...args], {
      env: { ...process.env, ...env },
      timeout: 12_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The one JSON line a script printed. */
export function printed<T>(run: PreloadedRun): T {
  if (run.code !== 0) throw new Error(`the script failed (${run.code}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

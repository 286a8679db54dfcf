import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const CLI = fileURLToPath(new URL('../dist/bin/wechat-oauth-mock.mjs', import.meta.url));

export interface CliRun {
  readonly child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout matches, or rejects after `timeoutMs` (with what was printed). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited(): Promise<number | null>;
}

/** Runs the built CLI with `node`, capturing its output. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  return spawnNodeScript(CLI, args, env);
}

/** Runs the built CLI for the current test, which kills it (SIGKILL) when it finishes, passed or not. */
export function spawnCliInTest(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnCli(args, env);
  onTestFinished(() => {
    run.child.kill('SIGKILL');
  });
  return run;
}

/** Runs a JavaScript file with `node`, capturing its output. */
export function spawnNodeScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  return spawnCommand(process.execPath, [script, ...args], env);
}

/** Runs any command, capturing its output. */
export function spawnCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited: () => exit,
    async waitFor(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const match = pattern.exec(out);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`the output never matched ${pattern}.\nstdout:\n${out}\nstderr:\n${err}`);
    },
  };
}

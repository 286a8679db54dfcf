// Child processes of the bench: every one is tracked so that none outlives the bench, even on failure.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const HOST = '127.0.0.1';
const live = new Set();

/** Spawns `node ...args` (not through npm); stderr is kept (up to 8 KB) for error messages. */
export function spawnNode(args, options = {}) {
  return spawnProgram(process.execPath, args, options);
}

/** Spawns any program, tracked like `spawnNode`'s. */
export function spawnProgram(command, args, { cwd, stdout = 'ignore' } = {}) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', stdout, 'pipe'] });
  live.add(child);
  child.stderrText = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    if (child.stderrText.length < 8192) child.stderrText += chunk;
  });
  child.once('exit', () => live.delete(child));
  return child;
}

export function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child is gone. */
export function stopChild(child, graceMs = 3000) {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Kills every child still running (synchronous, so it can run in an 'exit' handler). */
export function killAllChildren() {
  for (const child of live) {
    if (!hasExited(child)) child.kill('SIGKILL');
  }
  live.clear();
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One GET on 127.0.0.1 without keep-alive; resolves to the status, or 0 when the connection fails. */
export function probe(port, path = '/__mock/health', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const req = request({ host: HOST, port, path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', () => resolve(0));
    req.setTimeout(timeoutMs, () => req.destroy());
    req.end();
  });
}

/**
 * Polls GET /__mock/health every `intervalMs` until the first 200; resolves to performance.now() at
 * that answer. Throws when the child exits first or nothing answers within `timeoutMs`.
 */
export async function waitForHealth(child, port, name, { intervalMs = 2, timeoutMs = 10_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  const maxPolls = Math.ceil(timeoutMs / intervalMs) + 1;
  for (let poll = 0; poll < maxPolls && performance.now() < deadline; poll++) {
    if (hasExited(child)) {
      throw new Error(
        `${name} exited (code ${child.exitCode}, signal ${child.signalCode}) before answering:\n${child.stderrText}`,
      );
    }
    const status = await probe(port);
    if (status === 200) return performance.now();
    await sleep(intervalMs);
  }
  throw new Error(`${name} did not answer 200 on /__mock/health within ${timeoutMs} ms\n${child.stderrText}`);
}

/**
 * Runs `node --expose-gc <script>` to completion (bounded by `timeoutMs`): stderr lines are passed to
 * `onLine` as progress, and the last stdout line starting with `RESULT ` is parsed as JSON.
 */
export function runNodeScript(args, { cwd, timeoutMs, onLine = () => {}, env = process.env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      if (stdout.length < 1_000_000) stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 16_384) stderr += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      const line = stdout
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('RESULT '));
      if (code !== 0 || line === undefined) {
        reject(new Error(`${args.join(' ')} failed (code ${code}, signal ${signal}):\n${stderr}`));
        return;
      }
      resolve(JSON.parse(line.slice('RESULT '.length)));
    });
  });
}

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is no /proc. */
export function cpuTimeMs(pid) {
  try {
    // Fields after the command name: state is the 1st, utime the 12th and stime the 13th (clock ticks).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return null;
  }
}
/** CPU time (ms) of a process and its children (a fleet's primary and its workers); null without /proc. */
export function treeCpuTimeMs(pid) {
  const own = cpuTimeMs(pid);
  if (own === null) return null;
  let children = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return null;
  }
  return children.reduce((sum, child) => sum + (cpuTimeMs(child) ?? 0), own);
}

/** USER_HZ: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS_PER_S = 100;

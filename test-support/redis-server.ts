import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';

/** A redis-server of the test's own: loopback only, no persistence, stopped (and restartable) by the test. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** Kills the server (SIGKILL: as if it crashed); the port stays the server's for `start`. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved). */
  start(): Promise<void>;
}

/**
 * Whether the shared-store tests run: when Debian's redis-server is on this machine, and always in CI, where
 * .ci/setup.d/50-redis.sh installs it and sets WECHAT_MOCK_TEST_REDIS_URL (there a missing server fails them).
 */
export function needsRedis(): boolean {
  return process.env.WECHAT_MOCK_TEST_REDIS_URL !== undefined || hasRedisServer();
}

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether a Redis answers PING on the port (NOAUTH: it does, and wants a password first). */
async function answersPing(port: number): Promise<boolean> {
  const socket = createConnection({ host: '127.0.0.1', port });
  try {
    await once(socket, 'connect');
    socket.write('PING\r\n');
    const [data] = (await once(socket, 'data')) as [Buffer];
    return /^(\+PONG|-NOAUTH)/.test(data.toString());
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/**
 * Starts a redis-server on a free loopback port and resolves once it answers PING (at most ~10 s). `args` are
 * more of its options (a password, a TLS port); the plain port stays open, for the PING.
 */
export async function startTestRedis(args: readonly string[] = []): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
      { stdio: 'ignore' },
    );
    child = server;
    for (let i = 0; i < 200; i++) {
      if (await answersPing(port)) return;
      if (server.exitCode !== null) throw new Error(`redis-server exited with ${server.exitCode} on port ${port}`);
      await sleep(50);
    }
    server.kill('SIGKILL');
    throw new Error(`redis-server did not answer PING on port ${port}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    async kill() {
      const server = child;
      if (server === undefined || server.exitCode !== null || server.signalCode !== null) return;
      const exited = once(server, 'exit');
      server.kill('SIGKILL');
      await exited;
    },
    start,
  };
}

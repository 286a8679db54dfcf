import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { connectMock } from '../contract/control-client/index.js';
import { type Balancer, haproxyMissing, haproxyRequired, startBalancer } from './balancer.js';
import { freePort } from './free-port.js';
import { needsRedis } from './redis-server.js';
import { type CliRun, spawnCli } from './spawn-cli.js';
import { type TestMock, withTestHelpers } from './test-mock.js';

/** One mock process of a fleet: the CLI as it ships, on a port of its own, on the fleet's store. */
export interface Replica extends TestMock {
  readonly run: CliRun;
}

/** The topology of deploy/compose.yaml, in processes (docs/decisions/0027). */
export interface Fleet {
  /** The processes, addressed directly (page on A, confirm on B, exchange on C). */
  readonly replicas: readonly Replica[];
  /** The balancer (haproxy, round robin per request) in front of them, as one mock. */
  readonly balanced: TestMock;
  readonly balancer: Balancer;
  /** The control token every replica demands. */
  readonly token: string;
  /** Stops the balancer, then the processes (SIGTERM, as a deployment would). */
  stop(): Promise<void>;
}

/**
 * Why a fleet test file cannot run here (no redis-server or no haproxy), or null. In CI
 * (.ci/setup.d/50-redis.sh and 55-haproxy.sh) a missing one is not a skip: it adds a failing test to the file.
 */
export function missingFleetParts(): string | null {
  const missing = needsRedis() ? haproxyMissing() : 'redis-server is not installed (.ci/setup.d/50-redis.sh)';
  if (missing !== null && haproxyRequired)
    it('finds redis-server and haproxy, which CI installs', () => expect.fail(missing));
  return missing;
}

/** How long a process may take to answer its health check: generous, for a loaded machine. */
const READY_WITHIN_MS = 30_000;

/** Starts the CLI with `args` on a free port and resolves once `GET /__mock/health` answers 200. */
async function startReplica(args: readonly string[], token: string): Promise<Replica> {
  const port = await freePort();
  const run = spawnCli(['--port', String(port), '--log', 'silent', '--control-token', token, ...args]);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`the mock exited (${run.child.exitCode}): ${run.stderr()}`);
    const answer = await fetch(`${url}/__mock/health`).catch(() => null);
    await answer?.arrayBuffer();
    if (answer?.status === 200) break;
    if (Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`the mock on port ${port} never became healthy: ${run.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const close = async () => {
    if (run.child.exitCode !== null || run.child.signalCode !== null) return;
    run.child.kill('SIGTERM');
    await run.exited();
  };
  const mock = withTestHelpers({ ...connectMock(url, { token, close }), port, controlToken: token });
  return { ...mock, run };
}

/**
 * Starts `count` mock processes on the store at `storeUrl` (keys under `prefix`, so that fleets on one
 * Redis do not meet), each with `config` (written to a temporary file, removed when the fleet stops) when
 * given, and haproxy with deploy/haproxy.cfg in front of them.
 */
export async function startFleet(options: {
  storeUrl: string;
  prefix: string;
  count?: number;
  config?: object;
}): Promise<Fleet> {
  const token = randomBytes(16).toString('hex');
  const configDir = options.config === undefined ? undefined : await mkdtemp(join(tmpdir(), 'wechat-mock-fleet-'));
  const args = ['--store', options.storeUrl, '--store-prefix', options.prefix];
  if (configDir !== undefined) {
    await writeFile(join(configDir, 'config.json'), JSON.stringify(options.config));
    args.push('--config', join(configDir, 'config.json'));
  }
  const replicas: Replica[] = [];
  const stopReplicas = async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < (options.count ?? 3); i++) replicas.push(await startReplica(args, token));
    const balancer = await startBalancer(replicas.map((replica) => replica.url));
    const balanced = withTestHelpers({
      ...connectMock(balancer.url, { token, close: () => balancer.stop() }),
      port: Number(new URL(balancer.url).port),
      controlToken: token,
    });
    return {
      replicas,
      balanced,
      balancer,
      token,
      async stop() {
        await balancer.stop();
        await stopReplicas();
      },
    };
  } catch (error) {
    await stopReplicas();
    throw error;
  }
}

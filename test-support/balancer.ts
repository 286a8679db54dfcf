import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';
import { type CliRun, spawnCommand } from './spawn-cli.js';

/** The balancer's config: the same file deploy/compose.yaml mounts (docs/decisions/0027). */
export const HAPROXY_CONFIG = fileURLToPath(new URL('../deploy/haproxy.cfg', import.meta.url));

/** The response header that names the replica that answered (set in deploy/haproxy.cfg). */
export const REPLICA_HEADER = 'x-wechat-mock-replica';

/** Why the fleet tests cannot run here (no haproxy), or null. `.ci/setup.d/55-haproxy.sh` installs it. */
export function haproxyMissing(): string | null {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'haproxy is not installed (Debian: apt-get install haproxy; .ci/setup.d/55-haproxy.sh)';
  }
}

/** True when CI installed haproxy and the fleet tests must fail rather than skip without it. */
export const haproxyRequired = process.env.WECHAT_MOCK_REQUIRE_HAPROXY === '1';

export interface Balancer {
  /** e.g. `http://127.0.0.1:41234`: requests go round robin, one by one, to the replicas. */
  readonly url: string;
  readonly run: CliRun;
  stop(): Promise<void>;
}

/** How long a replica may take to pass the balancer's health check: generous, for a loaded machine. */
const READY_WITHIN_MS = 30_000;

/**
 * Starts Debian's haproxy on loopback with deploy/haproxy.cfg in front of `replicas` (two or three base
 * URLs), and resolves once every replica has answered a health check through it.
 */
export async function startBalancer(replicas: readonly string[]): Promise<Balancer> {
  if (replicas.length < 2 || replicas.length > 3) throw new Error('deploy/haproxy.cfg balances two or three replicas');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { WECHAT_MOCK_LB_BIND: `127.0.0.1:${port}` };
  replicas.forEach((replica, i) => {
    env[`WECHAT_MOCK_${i + 1}`] = new URL(replica).host;
  });
  // -db: in the foreground, stopped by this process; -W: the master-worker mode the official image uses.
  const run = spawnCommand('haproxy', ['-W', '-db', '-f', HAPROXY_CONFIG], env);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      await run.exited();
    }
  };
  try {
    await everyReplicaAnswers(url, replicas.length, run);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, run, stop };
}

/** Polls health through the balancer until each replica has answered 200 (bounded; the bound is generous). */
async function everyReplicaAnswers(url: string, count: number, run: CliRun): Promise<void> {
  const seen = new Set<string>();
  const deadline = Date.now() + READY_WITHIN_MS;
  while (seen.size < count) {
    if (run.child.exitCode !== null) throw new Error(`haproxy exited: ${run.stderr()}${run.stdout()}`);
    if (Date.now() > deadline) {
      throw new Error(`only ${[...seen].join(', ') || 'no replica'} answered through haproxy: ${run.stdout()}`);
    }
    const answer = await fetch(`${url}/__mock/health`).catch(() => null);
    const replica = answer?.headers.get(REPLICA_HEADER);
    if (answer?.status === 200 && replica) seen.add(replica);
    await answer?.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

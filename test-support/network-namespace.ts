import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A network namespace of a test's own, with only loopback, and its own hosts file. */
export interface NetworkNamespace {
  readonly name: string;
  /** The command line that runs `command` inside the namespace (`ip netns exec` also mounts its hosts file). */
  command(command: readonly string[]): string[];
  remove(): Promise<void>;
}

/**
 * Makes a namespace whose `/etc/netns/NAME/hosts` maps `hosts` to 127.0.0.1, with loopback up, or
 * answers why it cannot (not root, no `ip`, no permission to make namespaces).
 */
export async function createNetworkNamespace(
  hosts: readonly string[],
): Promise<NetworkNamespace | { readonly skipReason: string }> {
  if (process.getuid?.() !== 0) return { skipReason: 'network namespaces need root (ip netns add)' };
  const name = `wechat-mock-${process.pid}-${Date.now() % 100_000}`;
  const hostsDir = `/etc/netns/${name}`;
  try {
    await run('ip', ['netns', 'add', name]);
  } catch (error) {
    return { skipReason: `cannot make a network namespace: ${(error as Error).message.split('\n')[0]}` };
  }
  const remove = async () => {
    await run('ip', ['netns', 'del', name]).catch(() => undefined);
    await rm(hostsDir, { recursive: true, force: true });
  };
  try {
    await run('ip', ['netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up']);
    await mkdir(hostsDir, { recursive: true });
    await writeFile(`${hostsDir}/hosts`, `127.0.0.1 localhost\n127.0.0.1 ${hosts.join(' ')}\n`);
  } catch (error) {
    await remove();
    return { skipReason: `cannot set up the network namespace: ${(error as Error).message.split('\n')[0]}` };
  }
  return { name, command: (command) => ['ip', 'netns', 'exec', name, ...command], remove };
}

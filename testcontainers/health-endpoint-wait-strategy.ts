import { setTimeout as sleep } from 'node:timers/promises';
import { type BoundPorts, getContainerRuntimeClient, type WaitStrategy } from 'testcontainers';

const POLL_MS = 50;
const DEFAULT_TIMEOUT_MS = 60_000;
const LOG_LINES = 20;

type Container = Parameters<WaitStrategy['waitUntilReady']>[0];

/**
 * Waits until the mock's health endpoint answers 200, asked from this process: at a mapped port, or
 * (host networking, where `Wait.forHttp` has no mapped port to ask) at a URL known before the start.
 * Gives up as soon as the container exits, e.g. on a bad config, with the mock's last log lines.
 */
export class HealthEndpointWaitStrategy implements WaitStrategy {
  private startupTimeoutMs = DEFAULT_TIMEOUT_MS;
  private startupTimeoutSet = false;

  constructor(private readonly healthUrl: (ports: BoundPorts) => Promise<string>) {}

  async waitUntilReady(container: Container, ports: BoundPorts): Promise<void> {
    const url = await this.healthUrl(ports);
    const deadline = Date.now() + this.startupTimeoutMs;
    while (Date.now() < deadline) {
      if (await answersOk(url)) return;
      const { State } = await container.inspect();
      if (!State.Running) {
        throw new Error(
          `the mock's container exited (status ${State.ExitCode}) before ${url} answered:\n${await lastLog(container)}`,
        );
      }
      await sleep(POLL_MS);
    }
    throw new Error(`${url} did not answer 200 within ${this.startupTimeoutMs} ms`);
  }

  withStartupTimeout(startupTimeoutMs: number): this {
    this.startupTimeoutMs = startupTimeoutMs;
    this.startupTimeoutSet = true;
    return this;
  }

  isStartupTimeoutSet(): boolean {
    return this.startupTimeoutSet;
  }

  getStartupTimeout(): number {
    return this.startupTimeoutMs;
  }
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** The exited container's last log lines (stdout and stderr). */
async function lastLog(container: Container): Promise<string> {
  const client = await getContainerRuntimeClient();
  let text = '';
  for await (const chunk of await client.container.logs(container, { tail: LOG_LINES })) text += chunk;
  return text.trimEnd();
}

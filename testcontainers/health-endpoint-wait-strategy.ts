import { setTimeout as sleep } from 'node:timers/promises';
import type { WaitStrategy } from 'testcontainers';

const POLL_MS = 50;
const DEFAULT_TIMEOUT_MS = 60_000;

type Container = Parameters<WaitStrategy['waitUntilReady']>[0];

/**
 * Waits until the mock's health endpoint answers 200, asked from this process at a URL known before
 * the container starts. For host networking, where `Wait.forHttp` has no mapped port to ask.
 * Gives up as soon as the container exits (e.g. on a bad config, which its log explains).
 */
export class HealthEndpointWaitStrategy implements WaitStrategy {
  private startupTimeoutMs = DEFAULT_TIMEOUT_MS;
  private startupTimeoutSet = false;

  constructor(private readonly healthUrl: string) {}

  async waitUntilReady(container: Container): Promise<void> {
    const deadline = Date.now() + this.startupTimeoutMs;
    while (Date.now() < deadline) {
      if (await answersOk(this.healthUrl)) return;
      const { State } = await container.inspect();
      if (!State.Running) throw new Error(`the container exited (${State.ExitCode}) before ${this.healthUrl} answered`);
      await sleep(POLL_MS);
    }
    throw new Error(`${this.healthUrl} did not answer 200 within ${this.startupTimeoutMs} ms`);
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

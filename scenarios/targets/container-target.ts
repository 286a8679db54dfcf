import type { ConformanceTarget } from './conformance-target.js';
import { controlledMockTarget } from './controlled-mock-target.js';

export interface ContainerTargetOptions {
  /** The mock's image; default `wechat-oauth-mock` (the README's `docker build -t`). */
  readonly image?: string;
  /** Host networking, for engines without a bridge (this project's CI); default mapped ports. */
  readonly hostNetwork?: boolean;
}

/**
 * The mock's container, started through the testcontainers module and stopped with the target. The module
 * (and its optional peer dependency `testcontainers`) is loaded only for this target.
 */
export async function containerTarget(options: ContainerTargetOptions = {}): Promise<ConformanceTarget> {
  const { WeChatOAuthMockContainer } = await import('../../testcontainers/index.js');
  const container = new WeChatOAuthMockContainer(options.image);
  // A container that never became healthy is stopped and removed by testcontainers itself.
  const started = await (options.hostNetwork ? container.withNetworkMode('host') : container)
    .start()
    .catch((error: unknown) => {
      if (options.hostNetwork) throw error;
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\n(on an engine without a bridge network, published ports never answer: set WECHAT_MOCK_CONTAINER_NETWORK=host)`,
        { cause: error },
      );
    });
  try {
    // The id lets a user find (or remove) the container if this process is killed outright.
    return await controlledMockTarget(
      `container ${options.image ?? 'wechat-oauth-mock'} ${started.getId().slice(0, 12)}`,
      started,
    );
  } catch (error) {
    // The target never reached its user, who could not stop it: stop it here.
    await started.stop();
    throw error;
  }
}

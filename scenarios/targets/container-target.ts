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
  const started = await (options.hostNetwork ? container.withNetworkMode('host') : container).start();
  return controlledMockTarget(`container ${options.image ?? 'wechat-oauth-mock'}`, started);
}

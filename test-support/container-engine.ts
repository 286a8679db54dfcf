import { getContainerRuntimeClient, ImageName } from 'testcontainers';
import { DEFAULT_IMAGE } from '../testcontainers/wechat-oauth-mock-container.js';

export interface ContainerTestSetup {
  /** The image to test: WECHAT_MOCK_IMAGE, or the tag the README's `docker build` gives. */
  readonly image: string;
  /** WECHAT_MOCK_CONTAINER_NETWORK=host: the engine has no bridge, so containers share the host's network. */
  readonly hostNetwork: boolean;
  /** Why the container tests cannot run here, or null when they can. */
  readonly missing: string | null;
  /** In CI (or with WECHAT_MOCK_REQUIRE_DOCKER=1) a missing engine or image fails the run instead of skipping. */
  readonly required: boolean;
}

/** Looks for a container engine and the mock's image, the way testcontainers will. */
export async function containerTestSetup(env: NodeJS.ProcessEnv = process.env): Promise<ContainerTestSetup> {
  const image = env.WECHAT_MOCK_IMAGE || DEFAULT_IMAGE;
  const hostNetwork = env.WECHAT_MOCK_CONTAINER_NETWORK === 'host';
  const required = env.CI === 'true' || env.WECHAT_MOCK_REQUIRE_DOCKER === '1';
  let missing: string | null = null;
  try {
    const client = await getContainerRuntimeClient();
    if (!(await client.image.exists(ImageName.fromString(image)))) {
      missing = `no image ${image}: build it with \`docker build -t ${image} .\` (or name another with WECHAT_MOCK_IMAGE)`;
    }
  } catch (error) {
    missing =
      `no container engine reachable (${(error as Error).message.split('\n')[0]}): start Docker or set DOCKER_HOST,` +
      ' and on an engine without a bridge network set WECHAT_MOCK_CONTAINER_NETWORK=host';
  }
  return { image, hostNetwork, missing, required };
}

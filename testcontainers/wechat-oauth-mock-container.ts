import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { GenericContainer, getContainerRuntimeClient } from 'testcontainers';
import { DEFAULT_PORT } from '../mock-server/cli-options.js';
import { validateConfig } from '../mock-server/index.js';
import { HealthEndpointWaitStrategy } from './health-endpoint-wait-strategy.js';
import { StartedWeChatOAuthMockContainer } from './started-wechat-oauth-mock-container.js';

/** The tag `docker build -t wechat-oauth-mock .` gives the project's Dockerfile. */
export const DEFAULT_IMAGE = 'wechat-oauth-mock';

const HEALTH_PATH = '/__mock/health';
const CONFIG_DIR = '/config';

/**
 * The mock's image as a testcontainers module:
 * `await new WeChatOAuthMockContainer().withConfig('mock.yaml').start()`.
 *
 * The control plane always gets a token (a random one unless `withControlToken` sets it): the
 * started container's `control` client sends it. Ports are mapped as usual; with
 * `.withNetworkMode('host')` (engines without a bridge network) the mock listens on a free loopback
 * port of the engine's machine instead, which therefore must be this machine.
 */
export class WeChatOAuthMockContainer extends GenericContainer {
  private controlToken = randomBytes(24).toString('base64url');

  constructor(image: string = DEFAULT_IMAGE) {
    super(image);
    this.withStartupTimeout(30_000);
  }

  /**
   * The mock's configuration: a YAML or JSON file on this machine, or the object such a file would
   * hold (checked here first, so a mistake fails before a container starts).
   */
  withConfig(config: string | Record<string, unknown>): this {
    if (typeof config === 'string') {
      const target = `${CONFIG_DIR}/wechat-mock${/\.json$/i.test(config) ? '.json' : '.yaml'}`;
      return this.withCopyFilesToContainer([{ source: config, target, mode: 0o644 }]).withEnvironment({
        WECHAT_MOCK_CONFIG: target,
      });
    }
    validateConfig(config, 'the config given to withConfig');
    const target = `${CONFIG_DIR}/wechat-mock.json`;
    return this.withCopyContentToContainer([{ content: JSON.stringify(config), target, mode: 0o644 }]).withEnvironment({
      WECHAT_MOCK_CONFIG: target,
    });
  }

  /** The bearer token the control plane demands (at least 16 characters); random when not set. */
  withControlToken(token: string): this {
    this.controlToken = token;
    return this;
  }

  override async start(): Promise<StartedWeChatOAuthMockContainer> {
    this.withEnvironment({ WECHAT_MOCK_CONTROL_TOKEN: this.controlToken });
    if (this.networkMode === 'host') {
      // No port to map: listen on a free port of the shared loopback, reachable from here only.
      const port = await freeLoopbackPort();
      const baseUrl = `http://127.0.0.1:${port}`;
      this.withEnvironment({ WECHAT_MOCK_HOST: '127.0.0.1', WECHAT_MOCK_PORT: String(port) });
      this.withWaitStrategy(new HealthEndpointWaitStrategy(async () => baseUrl + HEALTH_PATH));
      return new StartedWeChatOAuthMockContainer(await super.start(), baseUrl, this.controlToken);
    }
    this.withEnvironment({ WECHAT_MOCK_PORT: String(DEFAULT_PORT) })
      .withExposedPorts(DEFAULT_PORT)
      .withWaitStrategy(
        new HealthEndpointWaitStrategy(
          async (ports) => (await mappedUrl(ports.getBinding(DEFAULT_PORT))) + HEALTH_PATH,
        ),
      );
    const started = await super.start();
    return new StartedWeChatOAuthMockContainer(
      started,
      await mappedUrl(started.getMappedPort(DEFAULT_PORT)),
      this.controlToken,
    );
  }
}

/** The mock's URL at a port the engine published, on the engine's host as testcontainers sees it. */
async function mappedUrl(port: number): Promise<string> {
  const client = await getContainerRuntimeClient();
  return `http://${client.info.containerRuntime.host}:${port}`;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
    });
  });
}

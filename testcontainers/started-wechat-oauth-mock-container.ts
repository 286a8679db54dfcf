import { AbstractStartedContainer, type StartedTestContainer } from 'testcontainers';
import { type ControlClient, createControlClient } from '../mock-server/index.js';

/** A running mock container: its base URL, its control-plane token and a typed control client. */
export class StartedWeChatOAuthMockContainer extends AbstractStartedContainer {
  /** The control plane (contract/mock-control.openapi.yaml), typed, with the bearer token included. */
  readonly control: ControlClient;

  constructor(
    startedTestContainer: StartedTestContainer,
    private readonly baseUrl: string,
    private readonly controlToken: string,
  ) {
    super(startedTestContainer);
    this.control = createControlClient(baseUrl, controlToken);
  }

  /** e.g. `http://127.0.0.1:32771`: use it in place of https://open.weixin.qq.com and https://api.weixin.qq.com. */
  getBaseUrl(): string {
    return this.baseUrl;
  }

  /** The bearer token the control plane demands (`Authorization: Bearer <token>`). */
  getControlToken(): string {
    return this.controlToken;
  }
}

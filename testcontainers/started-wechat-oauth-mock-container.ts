import { AbstractStartedContainer, type StartedTestContainer } from 'testcontainers';
import {
  type AppRef,
  connectMock,
  type LoginOptions,
  type MockAccounts,
  type MockApps,
  type MockClock,
  type MockCodes,
  type MockFaults,
  type MockJournal,
  type MockPersonas,
  type MockTokens,
  type PageLogin,
  type PersonaRef,
  type WeChatMock,
} from '../contract/control-client/index.js';
import type { OpenData, PhoneOpenData, ResetResult } from '../contract/index.js';

/**
 * A running mock container, and the mock in it as a `WeChatMock` (the same interface `startMockServer()` and
 * `connectMock()` give): `apps`, `faults`, `journal`, `clock`… through its control plane, the container's
 * token included. `close()` stops the container, as `stop()` does.
 */
export class StartedWeChatOAuthMockContainer extends AbstractStartedContainer implements WeChatMock {
  readonly url: string;
  readonly apps: MockApps;
  readonly accounts: MockAccounts;
  readonly personas: MockPersonas;
  readonly codes: MockCodes;
  readonly faults: MockFaults;
  readonly journal: MockJournal;
  readonly clock: MockClock;
  readonly tokens: MockTokens;
  readonly #mock: WeChatMock;

  constructor(
    startedTestContainer: StartedTestContainer,
    baseUrl: string,
    private readonly controlToken: string,
  ) {
    super(startedTestContainer);
    this.#mock = connectMock(baseUrl, { token: controlToken });
    ({
      url: this.url,
      apps: this.apps,
      accounts: this.accounts,
      personas: this.personas,
      codes: this.codes,
      faults: this.faults,
      journal: this.journal,
      clock: this.clock,
      tokens: this.tokens,
    } = this.#mock);
  }

  login(options: LoginOptions): Promise<PageLogin> {
    return this.#mock.login(options);
  }

  openData(options: { readonly app: AppRef; readonly persona: PersonaRef }): Promise<OpenData> {
    return this.#mock.openData(options);
  }

  phoneOpenData(options: { readonly app: AppRef; readonly persona: PersonaRef }): Promise<PhoneOpenData> {
    return this.#mock.phoneOpenData(options);
  }

  reset(options?: { readonly appid?: AppRef }): Promise<ResetResult> {
    return this.#mock.reset(options);
  }

  async close(): Promise<void> {
    await this.stop();
  }

  /** e.g. `http://127.0.0.1:32771`: use it in place of https://open.weixin.qq.com and https://api.weixin.qq.com. */
  getBaseUrl(): string {
    return this.url;
  }

  /** The bearer token the control plane demands (`Authorization: Bearer <token>`), e.g. for `connectMock`. */
  getControlToken(): string {
    return this.controlToken;
  }
}

import { connectMock } from '../contract/control-client/index.js';
import type { WeChatMock } from '../contract/control-client/wechat-mock.js';
import { type ListenOptions, listenMock } from './listen.js';

/** Where and how the mock listens (port 0 and loopback by default) and what it is built from. */
export type StartOptions = ListenOptions;

/** A mock started in this process: a `WeChatMock`, plus what only the one who started it knows. */
export interface StartedMock extends WeChatMock {
  readonly port: number;
  /** The bearer token the control plane demands (give it to `connectMock` elsewhere), or null when none. */
  readonly controlToken: string | null;
}

/**
 * Starts a mock in this process and returns it as a `WeChatMock`, steered through its own control plane
 * (the same client, and the same security, as `connectMock` for a mock elsewhere). For tests: start it in
 * `beforeAll`, close it in `afterAll`.
 */
export async function startMockServer(options: StartOptions = {}): Promise<StartedMock> {
  const listening = await listenMock(options);
  const mock = connectMock(listening.url, { token: listening.controlToken, close: () => listening.close() });
  return { ...mock, port: listening.port, controlToken: listening.controlToken };
}

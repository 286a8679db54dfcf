import createClient, { type Client } from 'openapi-fetch';
import type { ControlPaths } from '../contract/index.js';
import { type ListeningMock, type ListenOptions, listenMock } from './listen.js';

export type StartOptions = ListenOptions;

/** A typed client of the control plane (contract/mock-control.openapi.yaml), through openapi-fetch. */
export type ControlClient = Client<ControlPaths>;

export interface RunningMock extends ListeningMock {
  /** Calls the control plane with types from the contract, the bearer token included. */
  readonly control: ControlClient;
}

/** A control client for a mock at `url`, e.g. one running in a container. */
export function createControlClient(url: string, token: string | null = null): ControlClient {
  return createClient<ControlPaths>({
    baseUrl: url,
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

/**
 * Starts a mock (port 0 and loopback by default) and returns its URL, a typed control client and
 * `close()`. For tests: start it in `beforeAll`, close it in `afterAll`.
 */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMock> {
  const mock = await listenMock(options);
  return { ...mock, control: createControlClient(mock.url, mock.controlToken) };
}

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedMock, startMockServer } from './start-mock-server.js';

// The bundle the image runs as its HEALTHCHECK (Dockerfile), built by the test run's global setup.
const HEALTHCHECK = fileURLToPath(new URL('../dist/bin/healthcheck.mjs', import.meta.url));

function healthcheck(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [HEALTHCHECK], { env: { ...process.env, ...env }, timeout: 10_000 });
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

let mock: StartedMock;
let closed: StartedMock;
beforeAll(async () => {
  mock = await startMockServer({ config: { control: { enabled: false } } });
  closed = await startMockServer();
  await closed.close();
});
afterAll(() => mock.close());

describe("the container's health check", () => {
  it('exits 0 when the mock on WECHAT_MOCK_HOST and WECHAT_MOCK_PORT answers its health endpoint, even with the control plane off', async () => {
    expect(await healthcheck({ WECHAT_MOCK_HOST: '0.0.0.0', WECHAT_MOCK_PORT: String(mock.port) })).toBe(0);
  });

  it('exits 1 when nothing listens on that port', async () => {
    expect(await healthcheck({ WECHAT_MOCK_HOST: '127.0.0.1', WECHAT_MOCK_PORT: String(closed.port) })).toBe(1);
  });
});

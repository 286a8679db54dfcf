import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';
import { createLogger } from './logger.js';

const out: string[] = [];
const err: string[] = [];
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({
    config: { fidelity: { longPollSeconds: 1 } },
    logger: createLogger(
      'json',
      (line) => out.push(line),
      (line) => err.push(line),
    ),
  });
});
afterAll(() => mock.close());

/** Writes raw bytes to the mock and resolves with everything it answers until it closes (or `endAfterMs`). */
async function raw(bytes: string, { destroyAfterWrite = false } = {}): Promise<string> {
  const socket = connect(mock.port, '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    answer += chunk;
  });
  socket.on('error', () => {});
  socket.write(bytes);
  if (destroyAfterWrite) {
    // Let the mock start reading the body, then vanish mid-body.
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    return answer;
  }
  await once(socket, 'close');
  return answer;
}

const debugLines = () => out.map((line) => JSON.parse(line)).filter((entry) => entry.level === 'debug');

describe("the mock's log when clients misbehave (issue 12)", () => {
  it('answers a body with bad chunking 400 and logs one debug line, no error and no stack', async () => {
    const uuid = await openQrLogin(mock);
    const answer = await raw(
      `POST /connect/confirm?uuid=${uuid} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\naction=allow\r\n0\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(err).toEqual([]);
    expect(debugLines()).toContainEqual({
      level: 'debug',
      message: expect.stringMatching(/^client error on POST \/connect\/confirm: HPE_\w+$/),
    });
  });

  it('logs a client that leaves mid-body as one debug line, no error', async () => {
    const uuid = await openQrLogin(mock);
    await raw(
      `POST /connect/confirm?uuid=${uuid} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\naction=al`,
      { destroyAfterWrite: true },
    );
    await expect
      .poll(() => debugLines().filter((e) => /ECONNRESET|ClientProtocol|aborted/i.test(e.message)))
      .not.toEqual([]);
    expect(err).toEqual([]);
  });

  it('prints no MaxListenersExceededWarning with more than 10 held long polls and journal waits', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const uuid = await openQrLogin(mock);
      await Promise.all([
        ...Array.from({ length: 15 }, () => poll(mock, uuid, 408)),
        ...Array.from({ length: 15 }, () => mock.get('/__mock/journal?endpoint=/never&wait=500')),
      ]);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config/validate-config.js';
import { createSystemClock } from '../core/clock.js';
import { cryptoRandom } from '../core/random-source.js';
import { MockModel } from '../model/mock-model.js';
import { createLogger, type RequestLogEntry } from './logger.js';
import { observeRequests } from './observe-requests.js';
import { recordRequest } from './record-request.js';

/** A Koa app observed as the mock's is, whose one route throws `error`; resolves with the status answered and the status logged. */
async function answerAndLog(error: unknown): Promise<{ answered: number; logged: number | undefined }> {
  const logged: RequestLogEntry[] = [];
  const logger = {
    ...createLogger('silent'),
    logsRequests: true,
    request: (entry: RequestLogEntry) => logged.push(entry),
  };
  const koa = new Koa();
  koa.silent = true;
  koa.on('error', () => {});
  koa.use(observeRequests(logger, new MockModel(validateConfig({}), createSystemClock(), cryptoRandom), recordRequest));
  koa.use(() => {
    throw error;
  });
  const server = createServer(koa.callback()).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/connect/qrcode/x`);
    return { answered: answer.status, logged: logged[0]?.status };
  } finally {
    server.close();
  }
}

describe('observeRequests', () => {
  it('logs and journals the status Koa answers when a route throws, not the 404 a request starts with', async () => {
    expect(await answerAndLog(new Error('QR data too long'))).toEqual({ answered: 500, logged: 500 });
    expect(await answerAndLog(Object.assign(new Error('bad'), { status: 400, expose: true }))).toEqual({
      answered: 400,
      logged: 400,
    });
  });
});

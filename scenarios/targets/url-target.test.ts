import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedMock, startMockServer } from '../../mock-server/index.js';
import { freePort } from '../../test-support/free-port.js';
import { WEBSITE } from '../../test-support/test-mock.js';
import { CATALOGUE } from '../catalogue/index.js';
import { runConformance } from '../runner/run-conformance.js';
import { probeMock } from './probe-mock.js';
import { urlTarget } from './url-target.js';

/**
 * Another mock of WeChat: it has a `/__mock/apps` of its own (answering 200), no signature in a health
 * check, and a login page without this mock's persona links, so a scripted person cannot log in on it.
 */
function foreignMock(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/__mock/apps') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"apps":[]}');
    } else if (path.startsWith('/connect/')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>请使用微信扫描二维码登录</p>');
    } else if (path.startsWith('/sns/')) {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('{"errcode":40029,"errmsg":"invalid code"}');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

let foreign: { url: string; server: Server };
let mock: StartedMock;
let controlOff: StartedMock;
beforeAll(async () => {
  foreign = await foreignMock();
  mock = await startMockServer({ logFormat: 'silent' });
  controlOff = await startMockServer({ logFormat: 'silent', config: { control: { enabled: false } } });
});
afterAll(async () => {
  foreign.server.closeAllConnections();
  await new Promise((resolve) => foreign.server.close(resolve));
  await mock.close();
  await controlOff.close();
});

describe('the URL target recognises this mock by the signature in GET /__mock/health', () => {
  it('probes this mock, this mock with its control plane off, and another server with a /__mock/apps', async () => {
    expect(await probeMock(mock.url)).toBe('control-open');
    expect(await probeMock(controlOff.url)).toBe('control-off');
    expect(await probeMock(foreign.url)).toBe('foreign');
  });

  it('says that a server without the signature is treated as a foreign server, and asks for its app', async () => {
    await expect(urlTarget({ url: foreign.url })).rejects.toThrow(
      `the server at ${foreign.url} does not answer GET /__mock/health with this mock's signature, so it is treated as a foreign server (no control plane): pass --appid and --secret`,
    );
  });

  it('names the URL and the cause when nothing answers', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await expect(urlTarget({ url })).rejects.toThrow(
      `no server answers at ${url}: connection refused (nothing listens there)`,
    );
  });
});

describe('a foreign target whose login page the scripted person cannot use', () => {
  it('skips every scenario that needs a fresh code, with the reason, instead of failing them', async () => {
    const target = await urlTarget({ url: foreign.url, website: WEBSITE });
    try {
      expect(target.name).toBe(`url ${foreign.url} (foreign server)`);
      const needsCode = CATALOGUE.filter((scenario) => scenario.needs.includes('fresh-code'));
      const report = await runConformance({ target, scenarios: needsCode });
      expect(report.counts).toEqual({ passed: 0, failed: 0, skipped: needsCode.length });
      const why =
        "fresh-code (a scripted person could not log in on the target's login page: no link with data-persona";
      for (const result of report.results) expect(result.reason).toContain(why);
    } finally {
      await target.close();
    }
  });

  it('runs the fresh-code scenarios against this mock with its control plane off, logging in as a person would', async () => {
    const target = await urlTarget({ url: controlOff.url, website: WEBSITE });
    try {
      const report = await runConformance({
        target,
        scenarios: CATALOGUE.filter((scenario) => scenario.id === 'exchange.success-shape'),
      });
      expect(report.results.map((result) => [result.status, result.reason])).toEqual([['passed', null]]);
    } finally {
      await target.close();
    }
  });
});

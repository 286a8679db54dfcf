import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import { createLogger } from '../logging/logger.js';

const logLines: string[] = [];
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ logger: createLogger('json', (line) => logLines.push(line)) });
});
afterAll(() => mock.close());
afterEach(() => mock.reset());

/** A raw request whose target is sent exactly as given (fetch would normalise it). */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function login() {
  const { json } = await mock.exchange(await mock.mintCode());
  return { access_token: json.access_token as string, openid: json.openid as string };
}

const addFault = (fault: unknown) =>
  mock.get('/__mock/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });

describe('the /sns endpoints in the plain listener (docs/decisions/0014)', () => {
  it('answers HEAD with the headers of GET (Content-Type, Content-Length) and no body', async () => {
    const path = withQuery('/sns/userinfo', await login());
    const get = await mock.get(path);
    const head = await mock.get(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe('text/plain');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get.text)));
  });

  it('answers a request target in absolute form, or with a #fragment, as the same request in origin form', async () => {
    const path = withQuery('/sns/userinfo', await login());
    const plain = await rawGet(path);
    expect(plain.body).toMatch(/"nickname":"张三"/);
    expect(await rawGet(`${mock.url}${path}`)).toEqual(plain);
    expect(await rawGet(`${path}#wechat_redirect`)).toEqual(plain);
  });

  it('leaves methods the /sns endpoints do not serve to Koa: PUT /sns/userinfo is 404 Not Found', async () => {
    const answer = await mock.get('/sns/userinfo', { method: 'PUT' });
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('Not Found');
  });

  it('logs and journals each /sns request once, a fault that fired included', async () => {
    const tokens = await login();
    const { json: fault } = await addFault({
      match: { endpoint: '/sns/userinfo' },
      effect: { type: 'errcode', errcode: -1 },
    });
    const fromId = await mock.journal.lastId();
    const fromLine = logLines.length;
    await mock.get(withQuery('/sns/userinfo', tokens));
    const lines = logLines.slice(fromLine).map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        type: 'request',
        method: 'GET',
        path: '/sns/userinfo',
        appid: WEBSITE.appid,
        status: 200,
        errcode: -1,
      }),
    ]);
    const { json } = await mock.get(`/__mock/journal?after=${fromId}`);
    expect(json.entries).toEqual([
      expect.objectContaining({
        path: '/sns/userinfo',
        appid: WEBSITE.appid,
        persona: 'zhangsan',
        status: 200,
        errcode: -1,
        body: expect.stringMatching(/^\{"errcode":-1,"errmsg":"system error, rid: /),
        fault: { id: fault.id, type: 'errcode' },
      }),
    ]);
  });

  it('journals a dropped connection with status 0 and no body', async () => {
    const tokens = await login();
    await addFault({ match: { endpoint: '/sns/userinfo' }, effect: { type: 'drop-connection' } });
    const fromId = await mock.journal.lastId();
    await expect(mock.get(withQuery('/sns/userinfo', tokens))).rejects.toThrow(/fetch failed/);
    const { json } = await mock.get(`/__mock/journal?after=${fromId}`);
    expect(json.entries).toEqual([
      expect.objectContaining({ path: '/sns/userinfo', status: 0, body: null, persona: 'zhangsan' }),
    ]);
  });

  it('answers a fault status that carries no body (204) without a body, Content-Type or Content-Length', async () => {
    await addFault({ match: { endpoint: '/sns/auth' }, effect: { type: 'http-status', status: 204 } });
    const answer = await mock.get('/sns/auth');
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(answer.headers.get('content-type')).toBeNull();
    expect(answer.headers.get('content-length')).toBeNull();
  });
});

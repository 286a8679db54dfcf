import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMock, MockControlError } from '../../contract/control-client/index.js';
import { qrconnectPage } from '../../test-support/qr-login.js';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

const TOKEN = 'a-very-secret-token-123';

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

/** A code through the mock's control client, which carries its token. */
async function mintWithClient(mock: TestMock, persona = 'zhangsan'): Promise<string> {
  return (await mock.codes.mint({ app: WEBSITE.appid, persona })).code;
}

/** The WeChat side of a login, which never needs the control token: code exchange, then userinfo. */
async function redeem(mock: TestMock, code: string) {
  const { json } = await mock.exchange(code);
  return mock.get(
    withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: json.openid as string }),
  );
}

const qrconnect = (mock: TestMock) => qrconnectPage(mock);

describe('a configured control token, on loopback', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { token: TOKEN } } });
  });
  afterAll(() => mock.close());

  it('reports the configured token, not a generated one', () => {
    expect(mock.controlToken).toBe(TOKEN);
  });

  it('answers a control request without Authorization with 401 unauthorized JSON and a WWW-Authenticate: Bearer header', async () => {
    const answer = await mock.get('/__mock/apps');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.json).toEqual({ error: 'unauthorized', message: expect.stringContaining('Authorization: Bearer') });
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  it('answers 401 for a wrong token, a token of another length, the token without "Bearer" and another scheme', async () => {
    for (const authorization of [
      'Bearer a-very-secret-token-124',
      'Bearer a-very-secret-token-1234',
      'Bearer ',
      TOKEN,
      `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`,
    ]) {
      const answer = await mock.get('/__mock/apps', { headers: { Authorization: authorization } });
      expect(answer.status, authorization).toBe(401);
      expect(answer.json.error).toBe('unauthorized');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
    }
  });

  it('guards every control route, reads and writes alike, and unknown control paths too', async () => {
    const before = (await mock.clock.now()).offsetMs;
    const advance = await mock.get('/__mock/clock/advance', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 3600 }),
    });
    expect(advance.status).toBe(401);
    // The refused request moved nothing.
    const after = (await mock.clock.now()).offsetMs;
    expect(Math.abs(after - before)).toBeLessThan(1000);
    expect((await mock.get('/__mock/codes', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await mock.get('/__mock/reset', { method: 'POST' })).status).toBe(401);
    expect((await mock.get('/__mock/nothing-here')).status).toBe(401);
  });

  it('answers 200 with "Authorization: Bearer <the token>"', async () => {
    const answer = await mock.get('/__mock/apps', bearer(TOKEN));
    expect(answer.status).toBe(200);
    expect((answer.json.apps as Array<{ appid: string }>).map((a) => a.appid)).toContain(WEBSITE.appid);
  });

  it('answers GET /__mock/health without a token', async () => {
    expect(await mock.get('/__mock/health')).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('never asks for the token on the WeChat routes: /connect/qrconnect, /sns/oauth2/access_token, /sns/userinfo', async () => {
    const page = await qrconnect(mock);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-persona="zhangsan"');
    const info = await redeem(mock, await mintWithClient(mock));
    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({ nickname: '张三' });
    // An error on /sns is still WeChat's JSON, not the control plane's 401.
    expect((await mock.get('/sns/userinfo')).json.errcode).toBe(41001);
  });

  it('lets the mock returned by startMockServer through: its control client carries the token', async () => {
    expect((await mock.apps.list()).map((a) => a.appid)).toContain(WEBSITE.appid);
  });

  it('answers a client without the token with a MockControlError carrying 401 unauthorized', async () => {
    const error = await connectMock(mock.url)
      .apps.list()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MockControlError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
  });
});

describe('on loopback without a configured token', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock();
  });
  afterAll(() => mock.close());

  it('leaves the control plane open', async () => {
    expect(mock.controlToken).toBeNull();
    expect((await mock.get('/__mock/apps')).status).toBe(200);
  });
});

describe('beyond loopback (host 0.0.0.0) without a configured token', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ host: '0.0.0.0' });
  });
  afterAll(() => mock.close());

  it('generates a token for the run and reports it', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.controlToken).toEqual(expect.any(String));
    expect(mock.controlToken?.length).toBeGreaterThanOrEqual(16);
  });

  it('demands the generated token: 401 without it, 200 with it', async () => {
    expect(await mock.get('/__mock/apps')).toMatchObject({ status: 401, json: { error: 'unauthorized' } });
    expect((await mock.get('/__mock/apps', bearer(`${mock.controlToken}x`))).status).toBe(401);
    expect((await mock.get('/__mock/apps', bearer(mock.controlToken ?? ''))).status).toBe(200);
    expect((await mock.get('/__mock/health')).status).toBe(200);
  });

  it('lets the returned control client through, and the WeChat routes need no token', async () => {
    expect(await mock.apps.list()).not.toHaveLength(0);
    expect((await redeem(mock, await mintWithClient(mock, 'lisi'))).json).toMatchObject({ nickname: '李四🐱' });
  });

  it('generates another token for another run', async () => {
    const other = await startTestMock({ host: '0.0.0.0' });
    try {
      expect(other.controlToken).not.toBe(mock.controlToken);
      expect((await other.get('/__mock/apps', bearer(mock.controlToken ?? ''))).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('beyond loopback with a configured token', () => {
  it('demands the configured token and generates none', async () => {
    const mock = await startTestMock({ host: '0.0.0.0', config: { control: { token: TOKEN } } });
    try {
      expect(mock.controlToken).toBe(TOKEN);
      expect((await mock.get('/__mock/apps')).status).toBe(401);
      expect((await mock.get('/__mock/apps', bearer(TOKEN))).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});

describe('beyond loopback with control.open', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ host: '0.0.0.0', config: { control: { open: true } } });
  });
  afterAll(() => mock.close());

  it('needs no token', async () => {
    expect(mock.controlToken).toBeNull();
    expect(await mock.get('/__mock/apps')).toMatchObject({ status: 200 });
    expect((await mock.get('/__mock/clock')).status).toBe(200);
  });
});

describe('with control.enabled false', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { enabled: false } } });
  });
  afterAll(() => mock.close());

  it('answers every control route with 404 not_found saying the control plane is switched off', async () => {
    const apps = await mock.get('/__mock/apps');
    expect(apps).toMatchObject({ status: 404, json: { error: 'not_found' } });
    expect(apps.json.message).toContain('the control plane is switched off');
    for (const [path, method] of [
      ['/__mock/codes', 'POST'],
      ['/__mock/clock', 'GET'],
      ['/__mock/reset', 'POST'],
      ['/__mock/journal', 'GET'],
    ] as const) {
      const answer = await mock.get(path, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.json.error).toBe('not_found');
    }
    await expect(mock.apps.list()).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it('still answers GET /__mock/health', async () => {
    expect(await mock.get('/__mock/health')).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('still lets a person log in through the pages: qrconnect page, allow link, callback with a code, exchange, userinfo', async () => {
    const page = await qrconnect(mock);
    expect(page.status).toBe(200);
    const link = /data-persona="lisi" href="([^"]+)"/.exec(page.text)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toMatch(/^\/connect\/confirm\/allow\?/);
    const allowed = await mock.get(link ?? '');
    expect(allowed.status).toBe(302);
    const callback = new URL(allowed.headers.get('location') ?? '');
    expect(callback.origin + callback.pathname).toBe('http://localhost:3000/callback');
    expect(callback.searchParams.get('state')).toBe('xyz');
    const info = await redeem(mock, callback.searchParams.get('code') ?? '');
    expect(info.json).toMatchObject({ nickname: '李四🐱' });
  });

  it('generates no token even beyond loopback, since there is nothing to guard', async () => {
    const wide = await startTestMock({ host: '0.0.0.0', config: { control: { enabled: false } } });
    try {
      expect(wide.controlToken).toBeNull();
      expect((await wide.get('/__mock/apps')).json.error).toBe('not_found');
    } finally {
      await wide.close();
    }
  });
});

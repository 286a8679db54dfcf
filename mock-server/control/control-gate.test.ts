import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawRequest, rawRequest } from '../../test-support/raw-request.js';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

const TOKEN = 'a-very-secret-token-123';

/** Spellings of GET /__mock/apps that a router, a proxy or a browser might all read as that route. */
const SPELLINGS_OF_APPS = [
  '/__MOCK/apps',
  '/__Mock/apps',
  '/__mock/APPS',
  '//__mock/apps',
  '/__mock//apps',
  '/__mock/apps/',
  '/__mock/apps//',
  '/%5F%5Fmock/apps',
  '/%5f%5fMOCK/apps',
  '/__mo%63k/apps',
  '/__mock/%61pps',
  '/__mock%2Fapps',
  '/%2F__mock/apps',
  '/x/../__mock/apps',
  '/x/%2e%2e/__mock/apps',
  '/./__mock/apps',
  '/../__mock/apps',
  '/__mock/./apps',
  '/\\__mock\\apps',
  '/__mock/apps?appid=x',
  'http://127.0.0.1/__mock/apps',
];

const send = (mock: TestMock, raw: RawRequest) => rawRequest(mock.url, raw);
const withToken = { authorization: `Bearer ${TOKEN}` };

describe('the control gate, with a token: every spelling of a control path needs it (docs/decisions/0013)', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { token: TOKEN } } });
  });
  afterAll(() => mock.close());

  it.each(SPELLINGS_OF_APPS)('answers GET %s without the token with 401, never the apps', async (path) => {
    const answer = await send(mock, { method: 'GET', path });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'unauthorized' });
    expect(answer.body).not.toContain(WEBSITE.secret);
  });

  it.each(SPELLINGS_OF_APPS)('answers GET %s with the token as GET /__mock/apps', async (path) => {
    const answer = await send(mock, { method: 'GET', path, headers: withToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(WEBSITE.appid);
  });

  it.each(['PUT', 'PATCH', 'OPTIONS', 'DELETE', 'POST'])(
    'answers %s on a spelling of a control path without the token with 401',
    async (method) => {
      const answer = await send(mock, { method, path: '/__MOCK/apps' });
      expect(answer.status).toBe(401);
    },
  );

  it('lets no spelling mint a code, delete an app or register one without the token', async () => {
    const json = { 'content-type': 'application/json' };
    const mint = JSON.stringify({ appid: WEBSITE.appid, persona: 'zhangsan' });
    expect((await send(mock, { method: 'POST', path: '/__MOCK/codes', headers: json, body: mint })).status).toBe(401);
    const deleted = await send(mock, { method: 'DELETE', path: `/__Mock/apps/${WEBSITE.appid}` });
    expect(deleted.status).toBe(401);
    const app = JSON.stringify({ kind: 'website', name: 'Evil', callbackDomains: ['evil.example'] });
    expect((await send(mock, { method: 'POST', path: '//__mock/apps', headers: json, body: app })).status).toBe(401);
    const apps = await mock.apps.list();
    expect(apps.map((a) => a.name)).not.toContain('Evil');
    expect(apps.map((a) => a.appid)).toContain(WEBSITE.appid);
  });

  it('journals none of those requests as WeChat traffic', async () => {
    await mock.journal.clear();
    for (const path of SPELLINGS_OF_APPS) {
      await send(mock, { method: 'GET', path });
      await send(mock, { method: 'GET', path, headers: withToken });
    }
    await send(mock, { method: 'GET', path: '/__mockery' });
    expect(await mock.journal.find()).toEqual([]);
  });

  it('answers a path that only looks like the control plane (escaped twice) as an unknown page, without the apps', async () => {
    const answer = await send(mock, { method: 'GET', path: '/%255F%255Fmock/apps' });
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(WEBSITE.secret);
  });

  it('answers GET /__MOCK/health without the token, and with another site as Origin and Host', async () => {
    const answer = await send(mock, {
      method: 'GET',
      path: '/__MOCK/health',
      headers: { origin: 'https://evil.example', host: 'evil.example' },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: 'ok', service: 'wechat-oauth-mock' });
  });

  it('refuses another site as Origin with 403 before looking at the token, and accepts another Host with the token', async () => {
    const crossSite = await send(mock, {
      method: 'GET',
      path: '/__mock/apps',
      headers: { ...withToken, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ error: 'forbidden' });
    // A rebinding page cannot know the token: with one, the Host needs no allow-list.
    const named = await send(mock, {
      method: 'GET',
      path: '/__mock/apps',
      headers: { ...withToken, host: 'mock.example' },
    });
    expect(named.status).toBe(200);
  });
});

describe('the control gate, open on loopback: no cross-site control (docs/decisions/0013)', () => {
  let mock: TestMock;
  let host: string;
  beforeAll(async () => {
    mock = await startTestMock();
    host = new URL(mock.url).host;
  });
  afterAll(() => mock.close());

  const offset = async () => (await mock.clock.now()).offsetMs;
  const advance = (headers: Record<string, string>) =>
    send(mock, { method: 'POST', path: '/__mock/clock/advance', headers, body: JSON.stringify({ seconds: 3600 }) });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['application/x-www-form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart/form-data', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no Content-Type', {}],
  ])('answers a body sent as %s with 415, saying to send application/json, and does nothing', async (_, headers) => {
    const before = await offset();
    const answer = await advance(headers);
    expect(answer.status).toBe(415);
    const json = JSON.parse(answer.body);
    expect(json).toMatchObject({ error: 'unsupported_media_type' });
    expect(json.message).toContain('Content-Type: application/json');
    expect(Math.abs((await offset()) - before)).toBeLessThan(1000);
  });

  it('takes a body sent as application/json, with or without a charset', async () => {
    expect((await advance({ 'content-type': 'application/json' })).status).toBe(200);
    expect((await advance({ 'content-type': 'Application/JSON; charset=utf-8' })).status).toBe(200);
    await mock.reset();
  });

  it('takes a request without a body whatever its Content-Type', async () => {
    const answer = await send(mock, {
      method: 'POST',
      path: '/__mock/clock/freeze',
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer.status).toBe(200);
    await mock.reset();
  });

  it.each(['https://evil.example', 'null', 'http://127.0.0.1:1', 'http://localhost.evil.example'])(
    'answers a request with Origin %s with 403 forbidden',
    async (origin) => {
      const answer = await send(mock, { method: 'GET', path: '/__mock/apps', headers: { origin } });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'forbidden', message: expect.stringContaining('origin') });
      expect(answer.body).not.toContain(WEBSITE.secret);
    },
  );

  it("answers a page of the mock's own origin that calls the control plane with JSON, as its pages would", async () => {
    const answer = await send(mock, {
      method: 'POST',
      path: '/__mock/codes',
      headers: { origin: mock.url, 'content-type': 'application/json' },
      body: JSON.stringify({ appid: WEBSITE.appid, persona: 'lisi' }),
    });
    expect(answer.status).toBe(201);
    const port = new URL(mock.url).port;
    const byName = await send(mock, {
      method: 'GET',
      path: '/__mock/apps',
      headers: { origin: `http://localhost:${port}`, host: `localhost:${port}` },
    });
    expect(byName.status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1.nip.example', 'localhost.evil.example', ''])(
    'answers a request addressed to Host %j with 403 forbidden, naming --control-allowed-host',
    async (name) => {
      const answer = await send(mock, { method: 'GET', path: '/__mock/apps', headers: { host: name } });
      expect(answer.status).toBe(403);
      const json = JSON.parse(answer.body);
      expect(json).toMatchObject({ error: 'forbidden' });
      expect(json.message).toContain('--control-allowed-host');
    },
  );

  it('answers a request addressed to an IP address or localhost, in any case, with or without a port', async () => {
    const port = new URL(mock.url).port;
    for (const name of [host, '127.0.0.1', `localhost:${port}`, 'LocalHost', '[::1]:1', '10.0.0.7:3099']) {
      const answer = await send(mock, { method: 'GET', path: '/__mock/apps', headers: { host: name } });
      expect(answer.status, name).toBe(200);
    }
  });

  it('leaves the WeChat-facing routes alone: another Host and Origin still get WeChat answers', async () => {
    const headers = { host: 'evil.example', origin: 'https://evil.example' };
    const userinfo = await send(mock, { method: 'GET', path: '/sns/userinfo', headers });
    expect(JSON.parse(userinfo.body)).toMatchObject({ errcode: 41001 });
  });

  it("keeps the QR page's developer panel working: its simulate-scan link opens the phone page, which confirms the login", async () => {
    const page = await send(mock, {
      method: 'GET',
      path: `/connect/qrconnect?appid=${WEBSITE.appid}&redirect_uri=${encodeURIComponent('http://localhost:3000/callback')}&response_type=code&scope=snsapi_login&state=xyz`,
      headers: { host: `localhost:${new URL(mock.url).port}` },
    });
    const scan = /class="simulate_scan" href="([^"]+)"/.exec(page.body)?.[1];
    expect(scan).toMatch(/^\/connect\/confirm\?uuid=/);
    const origin = `http://localhost:${new URL(mock.url).port}`;
    const phone = await send(mock, { method: 'GET', path: scan ?? '', headers: { origin } });
    expect(phone.status).toBe(200);
    const confirmed = await send(mock, {
      method: 'POST',
      path: scan ?? '',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=allow&persona=lisi',
    });
    expect(confirmed.status).toBe(200);
  });
});

describe('the control gate with control.allowedHosts', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock({ config: { control: { allowedHosts: ['wechat-mock', 'mock.internal'] } } });
  });
  afterAll(() => mock.close());

  it('answers an open control plane addressed to a listed name, in any case, and refuses others', async () => {
    for (const [name, status] of [
      ['wechat-mock:3099', 200],
      ['WeChat-Mock', 200],
      ['mock.internal', 200],
      ['other-mock:3099', 403],
      ['mock.internal.evil.example', 403],
    ] as const) {
      expect((await send(mock, { method: 'GET', path: '/__mock/apps', headers: { host: name } })).status, name).toBe(
        status,
      );
    }
  });
});

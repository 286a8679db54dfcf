import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE } from '../test-support/test-mock.js';

/**
 * A website as its developers would write it against WeChat: /login sends the browser to qrconnect with a
 * state, /callback checks the state, exchanges the code server-side and reads the profile. Only the base
 * URLs point at the mock instead of https://open.weixin.qq.com and https://api.weixin.qq.com.
 */
function startWebsite(mockUrl: string): Promise<Server> {
  const states = new Set<string>();
  const server = createServer(async (req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/login') {
      const state = randomBytes(8).toString('hex');
      states.add(state);
      const redirect = encodeURIComponent(`${base}/callback`);
      res.writeHead(302, {
        location: `${mockUrl}/connect/qrconnect?appid=${WEBSITE.appid}&redirect_uri=${redirect}&response_type=code&scope=snsapi_login&state=${state}#wechat_redirect`,
      });
      return res.end();
    }
    if (url.pathname === '/callback') {
      const state = url.searchParams.get('state') ?? '';
      if (!states.delete(state)) {
        res.writeHead(403);
        return res.end('bad state');
      }
      const api = (path: string, params: Record<string, string>) =>
        fetch(`${mockUrl}${path}?${new URLSearchParams(params)}`)
          .then((r) => r.text())
          .then((t) => JSON.parse(t));
      const tokens = await api('/sns/oauth2/access_token', {
        appid: WEBSITE.appid,
        secret: WEBSITE.secret,
        code: url.searchParams.get('code') ?? '',
        grant_type: 'authorization_code',
      });
      const user = await api('/sns/userinfo', {
        access_token: tokens.access_token,
        openid: tokens.openid,
        lang: 'zh_CN',
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ tokens, user }));
    }
    res.writeHead(404);
    res.end();
  });
  return once(server.listen(0, '127.0.0.1'), 'listening').then(() => server);
}

let mock: TestMock;
let site: Server;
beforeAll(async () => {
  mock = await startTestMock();
  site = await startWebsite(mock.url);
});
afterAll(async () => {
  site.close();
  await mock.close();
});

it('runs the whole website login over HTTP: authorize, allow, callback, exchange, userinfo, refresh, auth, expiry', async () => {
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // The browser: follow the site's /login to the mock's QR page.
  const login = await fetch(`${siteUrl}/login`, { redirect: 'manual' });
  expect(login.status).toBe(302);
  const pageUrl = login.headers.get('location') ?? '';
  expect(pageUrl.startsWith(`${mock.url}/connect/qrconnect?`)).toBe(true);
  const page = await (await fetch(pageUrl)).text();

  // The person picks 李四 and allows; WeChat's redirect lands on the site's callback with code and state.
  const allow = /data-persona="lisi" href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const approved = await fetch(mock.url + allow, { redirect: 'manual' });
  expect(approved.status).toBe(302);
  const callback = new URL(approved.headers.get('location') ?? '');
  expect(`${callback.origin}${callback.pathname}`).toBe(`${siteUrl}/callback`);
  expect(callback.searchParams.get('code')).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(callback.searchParams.get('state')).toMatch(/^[0-9a-f]{16}$/);

  // The site checks state, exchanges the code and reads the profile.
  const landed = await fetch(callback);
  expect(landed.status).toBe(200);
  const { tokens, user } = (await landed.json()) as {
    tokens: { access_token: string; refresh_token: string; openid: string; unionid: string };
    user: Record<string, unknown>;
  };
  expect(user).toMatchObject({ openid: tokens.openid, nickname: '李四🐱', unionid: tokens.unionid });

  // A replayed callback fails the site's state check, and the code itself is spent.
  expect((await fetch(callback)).status).toBe(403);
  expect((await mock.exchange(callback.searchParams.get('code') ?? '')).json.errcode).toBe(40163);

  // Later: refresh keeps the same access_token, /sns/auth accepts it.
  await mock.advance(3600);
  const refreshed = await mock.get(
    `/sns/oauth2/refresh_token?appid=${WEBSITE.appid}&grant_type=refresh_token&refresh_token=${tokens.refresh_token}`,
  );
  expect(refreshed.json).toMatchObject({ access_token: tokens.access_token, refresh_token: tokens.refresh_token });
  const auth = await mock.get(`/sns/auth?access_token=${tokens.access_token}&openid=${tokens.openid}`);
  expect(auth.json).toEqual({ errcode: 0, errmsg: 'ok' });

  // Past the (extended) lifetime the token is expired: 42001.
  await mock.advance(7200);
  const expired = await mock.get(`/sns/userinfo?access_token=${tokens.access_token}&openid=${tokens.openid}`);
  expect(expired.json.errcode).toBe(42001);
  expect(expired.json.errmsg).toMatch(/^access_token expired, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
});

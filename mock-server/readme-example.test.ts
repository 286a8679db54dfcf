// The README's vitest example, kept runnable: it imports the package by its published name.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type WeChatMock } from 'wechat-oauth-mock';

let mock: WeChatMock;
beforeAll(async () => {
  mock = await startMockServer(); // port 0, loopback, the built-in demo
  // or: mock = connectMock('http://127.0.0.1:3099', { token }); or the started testcontainer
});
afterAll(() => mock.close());

/** Stands in for the application under test: exchanges the code, reads the profile only on success. */
async function loginWithCode(baseUrl: string, appid: string, secret: string, code: string) {
  const query = new URLSearchParams({ appid, secret, code, grant_type: 'authorization_code' });
  const answer = await fetch(`${baseUrl}/sns/oauth2/access_token?${query}`);
  const tokens = (await answer.json()) as { errcode?: number; access_token: string; openid: string };
  if (tokens.errcode) return { error: tokens.errcode };
  const info = new URLSearchParams({ access_token: tokens.access_token, openid: tokens.openid });
  return { user: await (await fetch(`${baseUrl}/sns/userinfo?${info}`)).json() };
}

it('does not ask for the profile when WeChat answers the code exchange with -1 system error', async () => {
  // An app of this test's own, so parallel tests on the same mock are not disturbed.
  const app = await mock.apps.create({ kind: 'website', name: 'readme example', callbackDomains: ['localhost'] });
  await mock.faults.add({
    match: { appid: app.appid, endpoint: '/sns/oauth2/access_token' },
    effect: { type: 'errcode', errcode: -1 },
  });
  const { code } = await mock.login({ app, persona: 'lisi' }); // through the QR page, as a person would

  const result = await loginWithCode(mock.url, app.appid, app.secret, code); // your code under test

  expect(result).toEqual({ error: -1 });
  const exchange = await mock.journal.waitFor({ appid: app.appid, endpoint: '/sns/oauth2/access_token' });
  expect([exchange.errcode, exchange.fault?.type]).toEqual([-1, 'errcode']);
  expect(await mock.journal.find({ appid: app.appid, endpoint: '/sns/userinfo' })).toEqual([]);
});

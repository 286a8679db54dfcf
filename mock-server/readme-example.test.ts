// The README's vitest example, kept runnable: it imports the package by its published name.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningMock, startMockServer } from 'wechat-oauth-mock';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer(); // port 0, loopback, the built-in demo
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
  const { data: app } = await mock.control.POST('/__mock/apps', {
    body: { kind: 'website', name: 'readme example', callbackDomains: ['localhost'] },
  });
  if (!app) throw new Error('could not register the app');
  await mock.control.POST('/__mock/faults', {
    body: {
      match: { appid: app.appid, endpoint: '/sns/oauth2/access_token' },
      effect: { type: 'errcode', errcode: -1 },
    },
  });
  const { data: minted } = await mock.control.POST('/__mock/codes', { body: { appid: app.appid, persona: 'lisi' } });

  const result = await loginWithCode(mock.url, app.appid, app.secret, minted?.code ?? ''); // your code under test

  expect(result).toEqual({ error: -1 });
  const { data: journal } = await mock.control.GET('/__mock/journal', {
    params: { query: { appid: app.appid } },
  });
  expect(journal?.entries.map((e) => [e.path, e.errcode, e.fault?.type])).toEqual([
    ['/sns/oauth2/access_token', -1, 'errcode'],
  ]);
});

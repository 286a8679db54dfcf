// The README's mini-program example, kept runnable: it imports the package by its published name.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type WeChatMock } from 'wechat-oauth-mock';
import { WeChatOAuthClient } from 'wechat-oauth-mock/client';

let mock: WeChatMock;
beforeAll(async () => {
  mock = await startMockServer(); // the built-in demo: its website app is bound to "demo-open-platform"
});
afterAll(() => mock.close());

it('signs the same person in on the mini-program and on the website with one unionid', async () => {
  const mini = await mock.apps.create({
    kind: 'mini-program',
    name: 'readme mini-program',
    account: 'demo-open-platform',
  });
  // wx.login runs on the phone: the mock's control plane gives the code the mini-program would send you.
  const { code } = await mock.codes.mint({ app: mini, persona: 'lisi' });

  const wechat = new WeChatOAuthClient({ appid: mini.appid, secret: mini.secret, apiBaseUrl: mock.url });
  const session = await wechat.code2Session(code); // GET /sns/jscode2session
  expect(Object.keys(session)).toEqual(['session_key', 'openid', 'unionid']);
  await expect(wechat.code2Session(code)).rejects.toMatchObject({ errcode: 40163 }); // a code works once

  const website = { appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' };
  const webCode = (await mock.codes.mint({ app: website.appid, persona: 'lisi' })).code;
  const tokens = await new WeChatOAuthClient({ ...website, apiBaseUrl: mock.url }).exchangeCode(webCode);
  expect(session.unionid).toBe(tokens.unionid); // one person, one unionid per Open Platform account
  expect(session.openid).not.toBe(tokens.openid); // and one openid per app
});

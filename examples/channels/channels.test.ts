// The README's examples for the website, official-account, mobile-app and follower channels, kept runnable:
// they import the package by its published name. Each `it` is one README snippet.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type WeChatMock } from 'wechat-oauth-mock';
import { WeChatOAuthClient } from 'wechat-oauth-mock/client';

let mock: WeChatMock;
beforeAll(async () => {
  mock = await startMockServer(); // the built-in demo apps, all bound to "demo-open-platform"
});
afterAll(() => mock.close());

const website = { appid: 'wx5f3b9c0d2e1a4b67', secret: '7d1e4f0a9b2c3d4e5f60718293a4b5c6' };
const officialAccount = { appid: 'wx8a2d6e4f1c3b5a79', secret: 'c0ffee00d15ea5e0ba5eba11cafe0123' };

it('logs lisi in on the website through the QR login pages', async () => {
  // qrconnect, the QR page, "scan and allow" as lisi, the redirect to the callback with the code (§1).
  const { code, callbackUrl } = await mock.login({ app: website.appid, persona: 'lisi' });
  expect(callbackUrl).toMatch(/^http:\/\/localhost\/callback\?code=/);
  const wechat = new WeChatOAuthClient({ ...website, apiBaseUrl: mock.url });
  const tokens = await wechat.exchangeCode(code); // GET /sns/oauth2/access_token
  expect(tokens.scope).toBe('snsapi_login');
  expect((await wechat.userInfo(tokens.access_token, tokens.openid)).nickname).toBe('李四🐱');
});

it('logs lisi in on the official account through the authorize and consent pages', async () => {
  // oauth2/authorize with snsapi_userinfo, the consent page, allow as lisi, the redirect with the code (§2).
  const { code } = await mock.login({ app: officialAccount.appid, persona: 'lisi', scope: 'snsapi_userinfo' });
  const tokens = await new WeChatOAuthClient({ ...officialAccount, apiBaseUrl: mock.url }).exchangeCode(code);
  expect(tokens.scope).toBe('snsapi_userinfo');
  expect(tokens.unionid).toMatch(/^o/); // the official account is bound: the same unionid as on the website
});

it('signs lisi in on a mobile app with the code its WeChat SDK login gave', async () => {
  const app = await mock.apps.create({ kind: 'mobile-app', name: 'readme app', account: 'demo-open-platform' });
  // The SDK's login runs on the phone: the control plane gives the code SendAuth.Resp would carry (ML§6).
  const { code } = await mock.codes.mint({ app, persona: 'lisi' });
  const wechat = new WeChatOAuthClient({
    appid: app.appid,
    secret: app.secret,
    apiBaseUrl: mock.url,
    refreshTokenLifetimeSeconds: 180 * 86_400, // a mobile app's refresh_token lasts 180 days (ML§6.3)
  });
  const tokens = await wechat.exchangeCode(code); // the same /sns/oauth2/access_token as the website
  expect(tokens.scope).toBe('snsapi_userinfo');
  const site = await mock.codes.mint({ app: website.appid, persona: 'lisi' });
  const web = await new WeChatOAuthClient({ ...website, apiBaseUrl: mock.url }).exchangeCode(site.code);
  expect(tokens.unionid).toBe(web.unionid); // one unionid per Open Platform account
});

it("reads whether lisi follows the official account, with the account's server token", async () => {
  const { code } = await mock.login({ app: officialAccount.appid, persona: 'lisi', scope: 'snsapi_base' });
  const { openid } = await new WeChatOAuthClient({ ...officialAccount, apiBaseUrl: mock.url }).exchangeCode(code);
  const api = async (path: string) => (await (await fetch(`${mock.url}${path}`)).json()) as Record<string, unknown>;
  const { access_token } = await api(
    `/cgi-bin/token?grant_type=client_credential&appid=${officialAccount.appid}&secret=${officialAccount.secret}`,
  );
  const info = () => api(`/cgi-bin/user/info?access_token=${access_token}&openid=${openid}&lang=zh_CN`);
  expect(await info()).toMatchObject({ subscribe: 0, openid, tagid_list: [] }); // unionid too: the account is bound

  await mock.apps.follow({ app: officialAccount.appid, persona: 'lisi', scene: 'ADD_SCENE_QR_CODE' });
  expect(await info()).toMatchObject({ subscribe: 1, nickname: '', subscribe_scene: 'ADD_SCENE_QR_CODE' });
  await mock.apps.unfollow({ app: officialAccount.appid, persona: 'lisi' });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../test-support/test-mock.js';
import { WeChatApiError } from './wechat-api-error.js';
import { WeChatOAuthClient } from './wechat-oauth-client.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

/** A client whose clock moves only when the test moves it, together with the mock's when asked. */
function setup(app: { appid: string; secret: string } = WEBSITE) {
  const clock = { ms: Date.UTC(2026, 0, 1), now: () => clock.ms };
  const calls: string[] = [];
  const client = new WeChatOAuthClient({
    ...app,
    apiBaseUrl: mock.url,
    clock,
    fetch: (input, init) => {
      calls.push(new URL(String(input)).pathname);
      return fetch(input, init);
    },
  });
  const advanceBoth = async (seconds: number) => {
    clock.ms += seconds * 1000;
    await mock.advance(seconds);
  };
  return { client, clock, calls, advanceBoth };
}

describe('TokenSet knows when its tokens expire and refreshes itself (§4, §6)', () => {
  it('hands out the same access token without calling WeChat while it is fresh', async () => {
    const { client, calls } = setup();
    const tokens = await client.login(await mock.mintCode());
    const first = await tokens.freshAccessToken();
    expect(await tokens.freshAccessToken()).toBe(first);
    expect(calls).toEqual(['/sns/oauth2/access_token']);
    expect(tokens.accessTokenStale).toBe(false);
  });

  it('refreshes within 60 s of the 7200 s expiry, by the injected clock, and the new token works', async () => {
    const { client, calls, advanceBoth } = setup();
    const tokens = await client.login(await mock.mintCode());
    await advanceBoth(7200 - 59);
    expect(tokens.accessTokenStale).toBe(true);
    const fresh = await tokens.freshAccessToken();
    expect(calls).toEqual(['/sns/oauth2/access_token', '/sns/oauth2/refresh_token']);
    expect(await client.checkToken(fresh, tokens.openid)).toBe(true);
    expect(tokens.accessTokenStale).toBe(false);
  });

  it('shares one refresh among concurrent callers', async () => {
    const { client, calls, advanceBoth } = setup();
    const tokens = await client.login(await mock.mintCode());
    await advanceBoth(7200);
    const all = await Promise.all([1, 2, 3].map(() => tokens.freshAccessToken()));
    expect(new Set(all).size).toBe(1);
    expect(calls.filter((path) => path === '/sns/oauth2/refresh_token')).toHaveLength(1);
  });

  it('keeps the refresh token and its first expiry across refreshes, as WeChat never extends it', async () => {
    const { client, advanceBoth } = setup();
    const tokens = await client.login(await mock.mintCode());
    const before = tokens.toJSON();
    await advanceBoth(7200);
    await tokens.refresh();
    const after = tokens.toJSON();
    expect(after.refreshToken).toBe(before.refreshToken);
    expect(after.refreshTokenExpiresAt).toBe(before.refreshTokenExpiresAt);
    expect(after.accessTokenExpiresAt).toBeGreaterThan(before.accessTokenExpiresAt);
  });

  it('knows its refresh token has expired after 30 days, when WeChat answers 42002', async () => {
    const { client, advanceBoth } = setup();
    const tokens = await client.login(await mock.mintCode());
    await advanceBoth(30 * 24 * 3600);
    expect(tokens.refreshTokenExpired).toBe(true);
    const error = await tokens.freshAccessToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WeChatApiError);
    expect((error as WeChatApiError).errcode).toBe(42002);
  });

  it('refreshes once and asks again when userinfo answers 42001 though the token looked fresh', async () => {
    const { client, calls } = setup();
    const tokens = await client.login(await mock.mintCode(WEBSITE.appid, 'wangwu'));
    await mock.advance(7200); // only the mock's clock: the client still believes the token is fresh
    const user = await tokens.userInfo();
    expect(user.nickname).toBe('王五');
    expect(calls).toEqual(['/sns/oauth2/access_token', '/sns/userinfo', '/sns/oauth2/refresh_token', '/sns/userinfo']);
  });

  it('does not retry userinfo for errors a refresh cannot mend, such as 48001 for snsapi_base', async () => {
    const { client, calls } = setup(OFFICIAL);
    const tokens = await client.login(await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_base'));
    expect(tokens.canReadUserInfo).toBe(false);
    await expect(tokens.userInfo()).rejects.toMatchObject({ errcode: 48001 });
    expect(calls).toEqual(['/sns/oauth2/access_token', '/sns/userinfo']);
  });

  it('says a snsapi_login or snsapi_userinfo grant can read userinfo, and exposes openid, unionid and scope', async () => {
    const { client } = setup();
    const tokens = await client.login(await mock.mintCode());
    expect(tokens.canReadUserInfo).toBe(true);
    expect(tokens.scope).toBe('snsapi_login');
    expect(tokens.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(tokens.unionid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
  });

  it('survives a round trip through JSON, as a session store keeps it', async () => {
    const { client } = setup();
    const tokens = await client.login(await mock.mintCode());
    const restored = client.restoreTokens(JSON.parse(JSON.stringify(tokens)));
    expect(restored.toJSON()).toEqual(tokens.toJSON());
    expect((await restored.userInfo()).openid).toBe(tokens.openid);
  });
});

describe('TokenSet with the refresh answer captured before 2020 (ML§6.4)', () => {
  it('reads "snsapi_base," as an snsapi_base grant and "snsapi_base,snsapi_userinfo," as one that reads userinfo', async () => {
    const old = await startTestMock({ config: { fidelity: { refreshAnswer: 'pre-2020' } } });
    try {
      const client = new WeChatOAuthClient({ ...OFFICIAL, apiBaseUrl: old.url });
      const base = await client.login(await old.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_base'));
      const userinfo = await client.login(await old.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_userinfo'));
      await base.refresh();
      await userinfo.refresh();
      expect([base.scope, base.canReadUserInfo]).toEqual(['snsapi_base,', false]);
      expect([userinfo.scope, userinfo.canReadUserInfo]).toEqual(['snsapi_base,snsapi_userinfo,', true]);
    } finally {
      await old.close();
    }
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppInput } from '../../contract/index.js';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
afterEach(() => mock.reset());

const WEBSITE_INPUT: AppInput = { kind: 'website', name: 'Demo Website', callbackDomains: ['www.example.com'] };
const auth = (tokens: { access_token: string; openid: string }) =>
  mock.get(withQuery('/sns/auth', { access_token: tokens.access_token, openid: tokens.openid }));
const refresh = (appid: string, refreshToken: string) =>
  mock.get(withQuery('/sns/oauth2/refresh_token', { appid, grant_type: 'refresh_token', refresh_token: refreshToken }));

describe("an app's own lifetimes", () => {
  it("expires an app's 60 s access_token after 61 s while another app's keeps WeChat's 7200 s", async () => {
    await mock.apps.update(WEBSITE.appid, {
      ...WEBSITE_INPUT,
      secret: WEBSITE.secret,
      lifetimes: { accessTokenSeconds: 60 },
    });
    const short = await mock.signIn();
    const usual = await mock.signIn({ app: OFFICIAL });
    expect(short.expires_in).toBe(60);
    expect(usual.expires_in).toBe(7200);
    await mock.advance(61);
    expect((await auth(short)).json.errcode).toBe(42001);
    expect((await auth(usual)).json).toMatchObject({ errcode: 0 });
  });

  it("gives a refreshed access_token the app's lifetime, and expires the refresh_token at the app's", async () => {
    await mock.apps.update(WEBSITE.appid, {
      ...WEBSITE_INPUT,
      secret: WEBSITE.secret,
      lifetimes: { accessTokenSeconds: 60, refreshTokenSeconds: 3600 },
    });
    const tokens = await mock.signIn();
    await mock.advance(61);
    const refreshed = await refresh(WEBSITE.appid, tokens.refresh_token);
    expect(refreshed.json).toMatchObject({ expires_in: 60, refresh_token: tokens.refresh_token });
    await mock.advance(3600);
    expect((await refresh(WEBSITE.appid, tokens.refresh_token)).json.errcode).toBe(42002);
  });

  it("expires an app's code at its own lifetime (40029 after it, reference §6)", async () => {
    const app = await mock.apps.create({ ...WEBSITE_INPUT, name: 'Quick codes', lifetimes: { codeSeconds: 30 } });
    const late = await mock.mintCode(app.appid);
    const inTime = await mock.mintCode(app.appid);
    const usual = await mock.mintCode();
    await mock.advance(20);
    expect((await mock.exchange(inTime, app)).json.expires_in).toBe(7200);
    await mock.advance(11);
    expect((await mock.exchange(late, app)).json.errcode).toBe(40029);
    expect((await mock.exchange(usual)).json).toHaveProperty('access_token');
  });

  it('shows the lifetimes an app sets and only those; an app that sets none shows {}', async () => {
    const app = await mock.apps.create({ ...WEBSITE_INPUT, name: 'Own', lifetimes: { refreshTokenSeconds: 86_400 } });
    expect(app.lifetimes).toEqual({ refreshTokenSeconds: 86_400 });
    expect((await mock.apps.get(WEBSITE.appid)).lifetimes).toEqual({});
    // An edit that leaves them out goes back to the global ones.
    expect((await mock.apps.update(app, { ...WEBSITE_INPUT, name: 'Own' })).lifetimes).toEqual({});
  });

  it('reads them from the configuration file too', async () => {
    const configured = await startTestMock({
      config: {
        apps: [
          { ...WEBSITE_INPUT, appid: WEBSITE.appid, secret: WEBSITE.secret, lifetimes: { accessTokenSeconds: 90 } },
        ],
      },
    });
    try {
      expect((await configured.signIn()).expires_in).toBe(90);
    } finally {
      await configured.close();
    }
  });

  it.each([
    [{ accessTokenSeconds: 0 }, 'lifetimes.accessTokenSeconds', 'expected a whole number from 1 to 31622400, got 0'],
    [{ codeSeconds: 1.5 }, 'lifetimes.codeSeconds', 'expected a whole number from 1 to 31622400, got 1.5'],
    [
      { refreshTokenSeconds: '3600' },
      'lifetimes.refreshTokenSeconds',
      'expected a whole number from 1 to 31622400, got "3600"',
    ],
    [
      { refreshTokenSeconds: 31_622_401 },
      'lifetimes.refreshTokenSeconds',
      'expected a whole number from 1 to 31622400, got 31622401',
    ],
    [
      { idTokenSeconds: 60 },
      'lifetimes.idTokenSeconds',
      'unknown setting (known: codeSeconds, accessTokenSeconds, refreshTokenSeconds)',
    ],
    [null, 'lifetimes', 'expected an object, got null'],
  ])('refuses lifetimes %j with a 400 naming %s', async (lifetimes, path, message) => {
    const answer = await mock.post('/__mock/apps', { ...WEBSITE_INPUT, name: 'Bad', lifetimes });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'bad_request', issues: [{ path, message }] });
  });

  it('refuses token lifetimes for a mini-program, which gets no tokens (ML§1), and takes its code lifetime', async () => {
    const refused = await mock.post('/__mock/apps', {
      kind: 'mini-program',
      name: 'Mini',
      lifetimes: { codeSeconds: 60, accessTokenSeconds: 60 },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.issues).toEqual([
      {
        path: 'lifetimes.accessTokenSeconds',
        message: 'a mini-program gets no access_token or refresh_token (ML§1); only codeSeconds applies',
      },
    ]);
    const mini = await mock.apps.create({ kind: 'mini-program', name: 'Mini', lifetimes: { codeSeconds: 60 } });
    const { epochMs } = await mock.clock.freeze();
    const minted = await mock.codes.mint({ app: mini, persona: 'zhangsan' });
    expect(Date.parse(minted.expiresAt) - epochMs).toBe(60_000);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

const LIMITED = { appid: 'wx00000000000000a1', secret: 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1' } as const;
const OTHER = { appid: 'wx00000000000000b2', secret: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2' } as const;

/** 2025-03-14T08:00:30Z: half a minute into a minute of the mock's clock. */
const HALF_PAST = Date.UTC(2025, 2, 14, 8, 0, 30);
const QUOTA_ERRMSG =
  /^api minute-quota reach limit, must slower, retry next minute, rid: ([0-9a-f]{8})-[0-9a-f]{8}-[0-9a-f]{8}$/;

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({
    config: {
      apps: [
        { ...LIMITED, kind: 'website', name: 'Limited Shop', callbackDomains: ['limited.test'], rateLimitPerMinute: 3 },
        { ...OTHER, kind: 'website', name: 'Other Shop', callbackDomains: ['other.test'], rateLimitPerMinute: 3 },
      ],
    },
  });
});
afterAll(() => mock.close());
beforeEach(async () => {
  // A fresh mock state and a frozen clock half-way through a minute: no minute ends unless a test moves it.
  await mock.post('/__mock/reset');
  await mock.post('/__mock/clock/freeze');
  await mock.post('/__mock/clock/set', { epochMs: HALF_PAST });
});

interface Tokens {
  access_token: string;
  refresh_token: string;
  openid: string;
}
/** A code exchange: one call to /sns/oauth2/access_token. */
const exchange = async (app: { appid: string; secret: string }) =>
  mock.exchange(await mock.mintCode(app.appid, 'zhangsan'), app);
const userinfo = (tokens: Tokens) =>
  mock.get(withQuery('/sns/userinfo', { access_token: tokens.access_token, openid: tokens.openid }));
const refresh = (appid: string, tokens: Tokens) =>
  mock.get(
    withQuery('/sns/oauth2/refresh_token', { appid, grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
  );
/** Uses up the app's 3 code exchanges of this minute; returns the tokens they gave. */
async function exhaustExchanges(app: { appid: string; secret: string }): Promise<Tokens[]> {
  const tokens: Tokens[] = [];
  for (let i = 0; i < 3; i++) {
    const { json, text } = await exchange(app);
    expect(json.access_token, text).toEqual(expect.any(String));
    tokens.push(json as unknown as Tokens);
  }
  return tokens;
}

describe("an app's minute quota on the /sns endpoints (reference §6, §8)", () => {
  it('answers the 4th code exchange within one minute of mock time with 45011 "api minute-quota reach limit…", HTTP 200 (reference §8, §9)', async () => {
    await exhaustExchanges(LIMITED);
    const refused = await exchange(LIMITED);
    expect(refused.status).toBe(200);
    expect(Object.keys(refused.json)).toEqual(['errcode', 'errmsg']);
    expect(refused.json.errcode).toBe(45011);
    expect(refused.text).toMatch(
      /^\{"errcode":45011,"errmsg":"api minute-quota reach limit, must slower, retry next minute, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}"\}$/,
    );
    // The rid carries the mock's time (reference §7).
    expect(QUOTA_ERRMSG.exec(refused.json.errmsg as string)?.[1]).toBe(Math.floor(HALF_PAST / 1000).toString(16));
    // And the 5th, at the last second of the minute, too.
    await mock.advance(29);
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
  });

  it('lets calls through again once the mock clock reaches the next minute, with a fresh quota of 3', async () => {
    await exhaustExchanges(LIMITED);
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
    await mock.advance(30); // 08:01:00, the next minute
    await exhaustExchanges(LIMITED);
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
  });

  it('counts each endpoint apart: with the code exchanges used up, /sns/userinfo has its own 3, as does /sns/oauth2/refresh_token', async () => {
    const [tokens] = await exhaustExchanges(LIMITED);
    if (tokens === undefined) throw new Error('no tokens');
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
    for (let i = 0; i < 3; i++) expect((await userinfo(tokens)).json).toMatchObject({ nickname: '张三' });
    const refused = await userinfo(tokens);
    expect(refused.json.errcode).toBe(45011);
    expect(refused.json.errmsg).toMatch(QUOTA_ERRMSG);
    for (let i = 0; i < 3; i++) expect((await refresh(LIMITED.appid, tokens)).json).toHaveProperty('access_token');
    expect((await refresh(LIMITED.appid, tokens)).json.errcode).toBe(45011);
  });

  it("counts each app apart: another app's calls pass while this one's quota is used up", async () => {
    await exhaustExchanges(LIMITED);
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
    const [tokens] = await exhaustExchanges(OTHER);
    if (tokens === undefined) throw new Error('no tokens');
    expect((await userinfo(tokens)).json).toMatchObject({ nickname: '张三' });
    // The limited app is still refused in this minute.
    expect((await exchange(LIMITED)).json.errcode).toBe(45011);
  });

  it("starts the app's counts afresh after POST /__mock/reset?appid=, leaving the other app's counts", async () => {
    await exhaustExchanges(LIMITED);
    await exhaustExchanges(OTHER);
    expect((await mock.post(`/__mock/reset?appid=${LIMITED.appid}`)).json).toEqual({
      status: 'reset',
      appid: LIMITED.appid,
    });
    expect((await exchange(LIMITED)).json).toHaveProperty('access_token');
    expect((await exchange(OTHER)).json.errcode).toBe(45011);
  });

  it('applies to an app registered at runtime with POST /__mock/apps and rateLimitPerMinute 3', async () => {
    const created = await mock.post('/__mock/apps', {
      kind: 'official-account',
      name: 'Runtime Limited Service',
      callbackDomains: ['runtime.test'],
      rateLimitPerMinute: 3,
    });
    expect(created).toMatchObject({ status: 201, json: { rateLimitPerMinute: 3 } });
    const app = created.json as { appid: string; secret: string };
    await exhaustExchanges(app);
    const refused = await exchange(app);
    expect(refused.json.errcode).toBe(45011);
    expect(refused.json.errmsg).toMatch(QUOTA_ERRMSG);
    await mock.advance(30);
    expect((await exchange(app)).json).toHaveProperty('access_token');
  });

  it('gives an app registered without a quota the default of 50000 a minute (reference §6)', async () => {
    const created = await mock.post('/__mock/apps', {
      kind: 'website',
      name: 'Default Quota',
      callbackDomains: ['d.test'],
    });
    expect(created.json.rateLimitPerMinute).toBe(50_000);
    const app = created.json as { appid: string; secret: string };
    for (let i = 0; i < 5; i++) expect((await exchange(app)).json).toHaveProperty('access_token');
  });
});

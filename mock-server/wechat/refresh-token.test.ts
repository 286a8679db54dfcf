import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const refresh = (refresh_token: string, extra: Record<string, string> = {}) =>
  mock.get(
    withQuery('/sns/oauth2/refresh_token', {
      appid: WEBSITE.appid,
      grant_type: 'refresh_token',
      refresh_token,
      ...extra,
    }),
  );
const userinfo = (access_token: string, openid: string) =>
  mock.get(withQuery('/sns/userinfo', { access_token, openid }));

describe('GET /sns/oauth2/refresh_token (reference §4)', () => {
  it('needs no secret and answers without unionid, in WeChat key order', async () => {
    const tokens = await mock.signIn();
    const answer = await refresh(tokens.refresh_token);
    expect(Object.keys(answer.json)).toEqual(['access_token', 'expires_in', 'refresh_token', 'openid', 'scope']);
    expect(answer.json).toMatchObject({ expires_in: 7200, openid: tokens.openid, scope: 'snsapi_login' });
  });

  it('returns the same access_token, extended, while it is still valid', async () => {
    const tokens = await mock.signIn();
    await mock.advance(7000);
    const answer = await refresh(tokens.refresh_token);
    expect(answer.json.access_token).toBe(tokens.access_token);
    await mock.advance(7000);
    // 14000 s after issue: alive only because the refresh extended it.
    expect((await userinfo(tokens.access_token, tokens.openid)).json).toHaveProperty('nickname');
  });

  it('issues a new access_token once the old one has expired; the old one is no longer accepted', async () => {
    const tokens = await mock.signIn();
    await mock.advance(7200);
    expect((await userinfo(tokens.access_token, tokens.openid)).json.errcode).toBe(42001);
    const answer = await refresh(tokens.refresh_token);
    expect(answer.json.access_token).not.toBe(tokens.access_token);
    expect((await userinfo(answer.json.access_token as string, tokens.openid)).json).toHaveProperty('nickname');
    expect((await userinfo(tokens.access_token, tokens.openid)).json.errcode).toBe(40001);
  });

  it('never rotates the refresh_token and never extends it: it dies 30 days after the code exchange with 42002', async () => {
    const tokens = await mock.signIn();
    for (let day = 0; day < 29; day++) {
      await mock.advance(24 * 3600);
      expect((await refresh(tokens.refresh_token)).json.refresh_token).toBe(tokens.refresh_token);
    }
    await mock.advance(24 * 3600);
    expect((await refresh(tokens.refresh_token)).json).toMatchObject({ errcode: 42002 });
  });

  it('answers 41002 / 40013 for a missing / unknown appid', async () => {
    expect((await mock.get('/sns/oauth2/refresh_token?grant_type=refresh_token&refresh_token=x')).json.errcode).toBe(
      41002,
    );
    expect((await refresh('x', { appid: 'wx0000000000000000' })).json.errcode).toBe(40013);
  });

  it('answers 40002 unless grant_type is refresh_token', async () => {
    const tokens = await mock.signIn();
    expect((await refresh(tokens.refresh_token, { grant_type: 'authorization_code' })).json.errcode).toBe(40002);
  });

  it('answers 41003 refresh_token missing and 40030 invalid refresh_token', async () => {
    expect(
      (await mock.get(withQuery('/sns/oauth2/refresh_token', { appid: WEBSITE.appid, grant_type: 'refresh_token' })))
        .json.errcode,
    ).toBe(41003);
    expect((await refresh('86_bogus')).json).toMatchObject({ errcode: 40030 });
  });

  it('answers 40030 for a refresh_token presented with another app', async () => {
    const tokens = await mock.signIn();
    expect((await refresh(tokens.refresh_token, { appid: OFFICIAL.appid })).json.errcode).toBe(40030);
  });

  it('keeps the original scope (§4)', async () => {
    const { json } = await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi', 'snsapi_base'), OFFICIAL);
    const answer = await mock.get(
      withQuery('/sns/oauth2/refresh_token', {
        appid: OFFICIAL.appid,
        grant_type: 'refresh_token',
        refresh_token: json.refresh_token as string,
      }),
    );
    expect(answer.json.scope).toBe('snsapi_base');
  });
});

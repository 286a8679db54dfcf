import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
  // A frozen clock makes every expiry an exact instant.
  expect((await mock.post('/__mock/clock/freeze')).json.frozen).toBe(true);
});
afterAll(() => mock.close());

const iso = (ms: number) => new Date(ms).toISOString();

interface Tokens {
  access_token: string;
  refresh_token: string;
  openid: string;
}
const now = async () => (await mock.get('/__mock/clock')).json.epochMs as number;
const userinfo = (tokens: Tokens, access_token = tokens.access_token) =>
  mock.get(withQuery('/sns/userinfo', { access_token, openid: tokens.openid }));
const snsAuth = (tokens: Tokens) =>
  mock.get(withQuery('/sns/auth', { access_token: tokens.access_token, openid: tokens.openid }));
const refresh = (refresh_token: string, appid: string = WEBSITE.appid) =>
  mock.get(withQuery('/sns/oauth2/refresh_token', { appid, grant_type: 'refresh_token', refresh_token }));

describe('POST /__mock/tokens/expire', () => {
  it('expires an access_token now: 200 TokenState of kind access_token, then /sns/userinfo and /sns/auth answer 42001 (reference §5)', async () => {
    const tokens = await mock.signIn();
    const issuedAt = await now();
    const answer = await mock.post('/__mock/tokens/expire', { token: tokens.access_token });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      kind: 'access_token',
      appid: WEBSITE.appid,
      persona: 'zhangsan',
      scope: 'snsapi_login',
      accessTokenExpiresAt: iso(issuedAt),
      refreshTokenExpiresAt: iso(issuedAt + 30 * 24 * 3600 * 1000),
    });
    expect((await userinfo(tokens)).json).toMatchObject({ errcode: 42001 });
    expect((await userinfo(tokens)).json.errmsg).toMatch(/^access_token expired, rid: /);
    expect((await snsAuth(tokens)).json.errcode).toBe(42001);
  });

  it('leaves the refresh_token of an expired access_token working: the refresh issues a new access_token (reference §4)', async () => {
    const tokens = await mock.signIn();
    await mock.post('/__mock/tokens/expire', { token: tokens.access_token });
    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.json).toMatchObject({ refresh_token: tokens.refresh_token, expires_in: 7200 });
    expect(refreshed.json.access_token).not.toBe(tokens.access_token);
    expect((await userinfo(tokens, refreshed.json.access_token as string)).json).toMatchObject({ nickname: '张三' });
  });

  it('expires a refresh_token now: kind refresh_token, /sns/oauth2/refresh_token answers 42002, the access_token keeps its expiry and works (reference §4)', async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, persona: 'lisi' });
    const issuedAt = await now();
    const answer = await mock.post('/__mock/tokens/expire', { token: tokens.refresh_token });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      kind: 'refresh_token',
      appid: OFFICIAL.appid,
      persona: 'lisi',
      scope: 'snsapi_userinfo',
      accessTokenExpiresAt: iso(issuedAt + 7200 * 1000),
      refreshTokenExpiresAt: iso(issuedAt),
    });
    expect((await refresh(tokens.refresh_token, OFFICIAL.appid)).json).toMatchObject({ errcode: 42002 });
    expect((await userinfo(tokens)).json).toMatchObject({ nickname: '李四🐱' });
    expect((await snsAuth(tokens)).json).toMatchObject({ errcode: 0, errmsg: 'ok' });
  });

  it("reports the grant's own scope, e.g. snsapi_base for an official account's silent login (reference §2)", async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, persona: 'wangwu', scope: 'snsapi_base' });
    const answer = await mock.post('/__mock/tokens/expire', { token: tokens.access_token });
    expect(answer.json).toMatchObject({ kind: 'access_token', appid: OFFICIAL.appid, scope: 'snsapi_base' });
  });

  it('changes nothing when the token has already expired: the expiry stays where it was, not moved to now', async () => {
    const tokens = await mock.signIn();
    const first = await mock.post('/__mock/tokens/expire', { token: tokens.access_token });
    await mock.advance(60);
    const second = await mock.post('/__mock/tokens/expire', { token: tokens.access_token });
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
  });

  it('answers 404 unknown_token for a token the mock never issued', async () => {
    for (const token of ['86_neverIssued', 'not a token at all']) {
      expect(await mock.post('/__mock/tokens/expire', { token })).toMatchObject({
        status: 404,
        json: { error: 'unknown_token' },
      });
    }
  });

  it('answers 400 bad_request when "token" is missing, empty or not a string', async () => {
    for (const body of [undefined, {}, { token: '' }, { token: 42 }, { access_token: 'x' }]) {
      expect(await mock.post('/__mock/tokens/expire', body)).toMatchObject({
        status: 400,
        json: { error: 'bad_request', message: '"token" must be a non-empty string.' },
      });
    }
  });
});

describe('POST /__mock/tokens/revoke', () => {
  it('removes the grant of an access_token: 200 {revoked, appid, persona}, then the access_token answers 40001 and the refresh_token 40030 (reference §4, §5)', async () => {
    const tokens = await mock.signIn({ persona: 'wangwu' });
    const answer = await mock.post('/__mock/tokens/revoke', { token: tokens.access_token });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ revoked: true, appid: WEBSITE.appid, persona: 'wangwu' });
    expect((await userinfo(tokens)).json).toMatchObject({ errcode: 40001 });
    expect((await userinfo(tokens)).json.errmsg).toMatch(
      /^invalid credential, access_token is invalid or not latest, rid: /,
    );
    expect((await snsAuth(tokens)).json.errcode).toBe(40001);
    expect((await refresh(tokens.refresh_token)).json).toMatchObject({ errcode: 40030 });
  });

  it('removes the whole grant when given its refresh_token, too', async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, persona: 'xiaoming' });
    const answer = await mock.post('/__mock/tokens/revoke', { token: tokens.refresh_token });
    expect(answer).toMatchObject({ status: 200, json: { revoked: true, appid: OFFICIAL.appid, persona: 'xiaoming' } });
    expect((await userinfo(tokens)).json.errcode).toBe(40001);
    expect((await refresh(tokens.refresh_token, OFFICIAL.appid)).json.errcode).toBe(40030);
  });

  it("leaves the persona's other grants alone", async () => {
    const revoked = await mock.signIn({ persona: 'lisi' });
    const other = await mock.signIn({ persona: 'lisi' });
    expect((await mock.post('/__mock/tokens/revoke', { token: revoked.access_token })).status).toBe(200);
    expect((await userinfo(other)).json).toMatchObject({ nickname: '李四🐱' });
  });

  it('answers 404 unknown_token for a second revoke, with either token, and for a token the mock never issued', async () => {
    const tokens = await mock.signIn();
    expect((await mock.post('/__mock/tokens/revoke', { token: tokens.access_token })).status).toBe(200);
    for (const token of [tokens.access_token, tokens.refresh_token, '86_neverIssued']) {
      expect(await mock.post('/__mock/tokens/revoke', { token })).toMatchObject({
        status: 404,
        json: { error: 'unknown_token' },
      });
    }
    // A revoked token cannot be expired either.
    expect((await mock.post('/__mock/tokens/expire', { token: tokens.access_token })).status).toBe(404);
  });

  it('answers 400 bad_request when "token" is missing', async () => {
    for (const body of [undefined, {}, { token: null }]) {
      expect(await mock.post('/__mock/tokens/revoke', body)).toMatchObject({
        status: 400,
        json: { error: 'bad_request', message: '"token" must be a non-empty string.' },
      });
    }
  });
});

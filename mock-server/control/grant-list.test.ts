import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const grants = async (query = '') => {
  const { status, json } = await mock.get(`/__mock/grants${query}`);
  expect(status).toBe(200);
  return json.grants as Record<string, string>[];
};

async function login(persona: string) {
  const { json } = await mock.exchange(await mock.mintCode(WEBSITE.appid, persona));
  return json as { access_token: string; refresh_token: string; openid: string };
}

describe('the list of grants', () => {
  it('lists each grant newest first with both tokens in full and their expiries', async () => {
    const first = await login('zhangsan');
    const second = await login('lisi');
    const listed = await grants();
    expect(listed.map((g) => g.accessToken)).toEqual([second.access_token, first.access_token]);
    expect(listed[0]).toMatchObject({
      appid: WEBSITE.appid,
      persona: 'lisi',
      openid: second.openid,
      scope: 'snsapi_login',
      refreshToken: second.refresh_token,
    });
    const access = Date.parse(listed[0]?.accessTokenExpiresAt ?? '');
    expect(Date.parse(listed[0]?.refreshTokenExpiresAt ?? '') - access).toBe((30 * 24 * 3600 - 7200) * 1000);
  });

  it('filters by app and persona, and limits to the newest', async () => {
    await login('zhangsan');
    await login('lisi');
    expect((await grants('?persona=lisi')).map((g) => g.persona)).toEqual(['lisi']);
    expect(await grants('?appid=wx0000000000000000')).toEqual([]);
    expect((await grants('?limit=1')).map((g) => g.persona)).toEqual(['lisi']);
  });

  it('shows an expired access_token with its expiry, and drops a revoked grant', async () => {
    const tokens = await login('zhangsan');
    const post = (path: string) =>
      mock.get(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: tokens.access_token }),
      });
    const expired = (await post('/__mock/tokens/expire')).json;
    expect((await grants())[0]?.accessTokenExpiresAt).toBe(expired.accessTokenExpiresAt);
    await post('/__mock/tokens/revoke');
    expect(await grants()).toEqual([]);
  });

  it('rejects a limit out of range', async () => {
    expect((await mock.get('/__mock/grants?limit=0')).status).toBe(400);
  });
});

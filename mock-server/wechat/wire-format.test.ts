import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import type { ErrmsgSuffixStyle } from '../config/mock-config.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('the /sns wire format (reference §9, §14)', () => {
  it.each(['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo'])(
    '%s answers errors with HTTP 200, Content-Type text/plain without charset, compact JSON errcode then errmsg',
    async (path) => {
      const answer = await mock.get(path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/plain');
      expect(answer.text).toMatch(/^\{"errcode":\d+,"errmsg":"[^"]+"\}$/);
      expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(answer.text)));
    },
  );

  it('escapes / as \\/ in JSON strings, as in headimgurl (§5.2)', async () => {
    const { json } = await mock.exchange(await mock.mintCode());
    const answer = await mock.get(
      withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: json.openid as string }),
    );
    expect(answer.text).toContain('"headimgurl":"https:\\/\\/thirdwx.qlogo.cn\\/mmopen\\/vi_32\\/');
    expect(answer.text).not.toMatch(/[^\\]\//);
  });

  it('suffixes errmsg with ", rid: " and a rid whose first group is the mock clock\'s Unix time in hex (§7, §8.1)', async () => {
    await mock.advance(86_400 * 365);
    const answer = await mock.get('/sns/oauth2/access_token');
    const rid = /^appid missing, rid: ([0-9a-f]{8})-[0-9a-f]{8}-[0-9a-f]{8}$/.exec(answer.json.errmsg as string);
    expect(rid).not.toBeNull();
    const seconds = Number.parseInt(rid?.[1] ?? '', 16);
    expect(Math.abs(seconds - Math.floor((await mock.clock.now()).epochMs / 1000))).toBeLessThanOrEqual(2);
    expect(seconds - Date.now() / 1000).toBeGreaterThan(86_400 * 364);
  });

  it('reads parameters from the query string, not from a JSON body: such a POST answers 41002 appid missing (§3.1)', async () => {
    const code = await mock.mintCode();
    const params = { appid: WEBSITE.appid, secret: WEBSITE.secret, code, grant_type: 'authorization_code' };
    const json = await mock.get('/sns/oauth2/access_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    expect(json.json.errcode).toBe(41002);
    const query = await mock.get(withQuery('/sns/oauth2/access_token', params), { method: 'POST' });
    expect(query.json).toHaveProperty('access_token');
  });

  it('ignores unknown parameters (python-weixin sends redirect_uri, §3.1) and counts a repeated one by its first value', async () => {
    const code = await mock.mintCode();
    const answer = await mock.get(
      `/sns/oauth2/access_token?appid=${WEBSITE.appid}&appid=wx0000000000000000&secret=${WEBSITE.secret}&code=${code}&redirect_uri=http%3A%2F%2Fx&grant_type=authorization_code`,
    );
    expect(answer.json).toHaveProperty('access_token');
  });
});

describe('configurable fidelity', () => {
  const styles: ReadonlyArray<[ErrmsgSuffixStyle, RegExp]> = [
    ['comma-rid', /^invalid code, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/],
    ['rid', /^invalid code rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/],
    ['hints', /^invalid code, hints: \[ req_id: [A-Za-z0-9]{9}-[A-Za-z0-9]{6} \]$/],
    ['hint', /^invalid code hint: \[[A-Za-z0-9]{14}\]$/],
    ['none', /^invalid code$/],
  ];

  it.each(styles)("errmsgSuffix %s gives the era's suffix (§8.1)", async (style, expected) => {
    const other = await startTestMock({ config: { fidelity: { errmsgSuffix: style } } });
    try {
      expect((await other.exchange('0'.repeat(32))).json.errmsg).toMatch(expected);
    } finally {
      await other.close();
    }
  });

  it('sends the configured Content-Type, e.g. the legacy "application/json; encoding=utf-8" (§9)', async () => {
    const other = await startTestMock({ config: { fidelity: { contentType: 'application/json; encoding=utf-8' } } });
    try {
      expect((await other.get('/sns/auth')).headers.get('content-type')).toBe('application/json; encoding=utf-8');
    } finally {
      await other.close();
    }
  });

  it('uses the configured lifetimes and token prefix', async () => {
    const other = await startTestMock({
      config: { lifetimes: { accessTokenSeconds: 60 }, fidelity: { tokenPrefix: 97 } },
    });
    try {
      const { json } = await other.exchange(await other.mintCode());
      expect(json).toMatchObject({ expires_in: 60, access_token: expect.stringMatching(/^97_/) });
      await other.advance(60);
      const info = await other.get(
        withQuery('/sns/userinfo', { access_token: json.access_token as string, openid: json.openid as string }),
      );
      expect(info.json.errcode).toBe(42001);
    } finally {
      await other.close();
    }
  });
});

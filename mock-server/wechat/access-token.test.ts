import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const exchangeWith = (params: Record<string, string>) => mock.get(withQuery('/sns/oauth2/access_token', params));
const full = (code: string) => ({
  appid: WEBSITE.appid,
  secret: WEBSITE.secret,
  code,
  grant_type: 'authorization_code',
});

describe('GET /sns/oauth2/access_token (reference §3)', () => {
  it('exchanges a code for tokens in WeChat key order, with unionid for a website app (§3.2)', async () => {
    const answer = await mock.exchange(await mock.mintCode());
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json)).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'openid',
      'scope',
      'unionid',
    ]);
    expect(answer.json).toMatchObject({ expires_in: 7200, scope: 'snsapi_login' });
    expect(answer.json.access_token).toMatch(/^86_[A-Za-z0-9_-]{107}$/);
    expect(answer.json.refresh_token).toMatch(/^86_[A-Za-z0-9_-]{107}$/);
    expect(answer.json.access_token).not.toBe(answer.json.refresh_token);
    expect(answer.json).not.toHaveProperty('token_type');
    expect(answer.json).not.toHaveProperty('errcode');
  });

  it('answers 41002 appid missing before anything else (§3.3 order)', async () => {
    expect((await exchangeWith({ code: 'x' })).json.errcode).toBe(41002);
  });

  it('answers 40013 for an unknown appid', async () => {
    expect((await exchangeWith({ ...full('x'), appid: 'wx0000000000000000' })).json.errcode).toBe(40013);
  });

  it('answers 41004 when the secret is missing and 40125 when it is wrong', async () => {
    expect((await exchangeWith({ appid: WEBSITE.appid, code: 'x' })).json.errcode).toBe(41004);
    expect((await exchangeWith({ ...full('x'), secret: '0'.repeat(32) })).json.errcode).toBe(40125);
  });

  it('answers 40002 unless grant_type is exactly authorization_code (a stray ";" included)', async () => {
    const code = await mock.mintCode();
    expect((await exchangeWith({ ...full(code), grant_type: 'authorization_code;' })).json.errcode).toBe(40002);
    const { grant_type: _, ...withoutGrantType } = full(code);
    expect((await exchangeWith(withoutGrantType)).json.errcode).toBe(40002);
    // The code was not spent by the rejected requests.
    expect((await mock.exchange(code)).json).toHaveProperty('access_token');
  });

  it('answers 41008 missing code, which is what python-weixin refresh bug gets (reference §11)', async () => {
    const answer = await exchangeWith({
      appid: WEBSITE.appid,
      js_code: 'x',
      secret: WEBSITE.secret,
      grant_type: 'authorization_code',
    });
    expect(answer.json.errcode).toBe(41008);
    expect(answer.json.errmsg).toMatch(/^missing code, rid: /);
  });

  it('answers 40029 invalid code for a code the mock never issued', async () => {
    const answer = await mock.exchange('071vDl000X8kON13q5000PWr744vDl05');
    expect(answer.json).toMatchObject({ errcode: 40029 });
    expect(answer.json.errmsg).toMatch(/^invalid code, rid: /);
  });

  it('answers 40163 code been used when a code is redeemed twice (§6)', async () => {
    const code = await mock.mintCode();
    expect((await mock.exchange(code)).json).toHaveProperty('access_token');
    expect((await mock.exchange(code)).json.errcode).toBe(40163);
  });

  it('answers 40029 for a code issued to another app, and leaves it usable by its own app (§3.3)', async () => {
    const code = await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_userinfo');
    expect((await mock.exchange(code, WEBSITE)).json.errcode).toBe(40029);
    expect((await mock.exchange(code, OFFICIAL)).json).toHaveProperty('access_token');
  });

  it('expires website codes after 10 minutes with 40029, as observed (§6)', async () => {
    const code = await mock.mintCode();
    await mock.advance(599);
    expect((await mock.exchange(code)).json).toHaveProperty('access_token');
    const stale = await mock.mintCode();
    await mock.advance(600);
    expect((await mock.exchange(stale)).json.errcode).toBe(40029);
  });

  it('expires official-account codes after 5 minutes (§2)', async () => {
    const code = await mock.mintCode(OFFICIAL.appid, 'zhangsan', 'snsapi_base');
    await mock.advance(300);
    expect((await mock.exchange(code, OFFICIAL)).json.errcode).toBe(40029);
  });

  it('omits unionid for snsapi_base and gives it for snsapi_userinfo (§3.2)', async () => {
    const base = await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi', 'snsapi_base'), OFFICIAL);
    expect(Object.keys(base.json)).toEqual(['access_token', 'expires_in', 'refresh_token', 'openid', 'scope']);
    expect(base.json.scope).toBe('snsapi_base');
    const userinfo = await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi', 'snsapi_userinfo'), OFFICIAL);
    expect(userinfo.json.unionid).toEqual(expect.any(String));
  });

  it('gives one persona different openids in different apps but one unionid in one Open Platform account (§10)', async () => {
    const web = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'wangwu'));
    const oa = await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'wangwu', 'snsapi_userinfo'), OFFICIAL);
    expect(web.json.openid).not.toBe(oa.json.openid);
    expect(web.json.unionid).toBe(oa.json.unionid);
    const other = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'zhangsan'));
    expect((other.json.openid as string).slice(0, 6)).toBe((web.json.openid as string).slice(0, 6));
    expect(other.json.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
  });
});

describe('code expiry answered as documented', () => {
  it('answers 42003 code expired when fidelity.expiredCodeErrcode is 42003 (§6)', async () => {
    const strict = await startTestMock({ config: { fidelity: { expiredCodeErrcode: 42003 } } });
    try {
      const code = await strict.mintCode();
      await strict.advance(601);
      expect((await strict.exchange(code)).json).toMatchObject({ errcode: 42003 });
      expect((await strict.exchange('0'.repeat(32))).json.errcode).toBe(40029);
    } finally {
      await strict.close();
    }
  });
});

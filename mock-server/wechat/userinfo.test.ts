import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const userinfo = (params: Record<string, string>) => mock.get(withQuery('/sns/userinfo', params));

describe('GET /sns/userinfo (reference §5.2)', () => {
  it('answers the post-2021 shape by default: WeChat key order, sex 0, empty region, language ""', async () => {
    const tokens = await mock.signIn();
    const answer = await userinfo({ access_token: tokens.access_token, openid: tokens.openid, lang: 'zh_CN' });
    expect(Object.keys(answer.json)).toEqual([
      'openid',
      'nickname',
      'sex',
      'language',
      'city',
      'province',
      'country',
      'headimgurl',
      'privilege',
      'unionid',
    ]);
    expect(answer.json).toEqual({
      openid: tokens.openid,
      nickname: '张三',
      sex: 0,
      language: '',
      city: '',
      province: '',
      country: '',
      headimgurl: expect.stringMatching(/^https:\/\/thirdwx\.qlogo\.cn\/mmopen\/vi_32\/.+\/132$/),
      privilege: [],
      unionid: tokens.unionid,
    });
  });

  it('answers the legacy shape for a legacy persona: English region without lang, Chinese with zh_CN', async () => {
    const tokens = await mock.signIn({ persona: 'xiaoming' });
    const en = await userinfo({ access_token: tokens.access_token, openid: tokens.openid });
    expect(en.json).toMatchObject({ sex: 1, language: 'zh_CN', city: 'Linfen', province: 'Shanxi', country: 'CN' });
    const zh = await userinfo({ access_token: tokens.access_token, openid: tokens.openid, lang: 'zh_CN' });
    expect(zh.json).toMatchObject({ city: '临汾', province: '山西', country: '中国' });
    const tw = await userinfo({ access_token: tokens.access_token, openid: tokens.openid, lang: 'zh_TW' });
    expect(tw.json).toMatchObject({ city: '臨汾', country: '中國' });
  });

  it('sends the nickname as raw UTF-8, emoji included, not as \\u escapes', async () => {
    const tokens = await mock.signIn({ persona: 'lisi' });
    const answer = await userinfo({ access_token: tokens.access_token, openid: tokens.openid });
    expect(answer.text).toContain('"nickname":"李四🐱"');
  });

  it('answers headimgurl "" for a persona without avatar', async () => {
    const tokens = await mock.signIn({ persona: 'wangwu' });
    expect((await userinfo({ access_token: tokens.access_token, openid: tokens.openid })).json.headimgurl).toBe('');
  });

  it('answers 48001 api unauthorized for a snsapi_base token', async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, scope: 'snsapi_base' });
    const answer = await userinfo({ access_token: tokens.access_token, openid: tokens.openid });
    expect(answer.json.errcode).toBe(48001);
    expect(answer.json.errmsg).toMatch(/^api unauthorized, rid: /);
  });

  it('answers a snsapi_userinfo token of an official account with the profile and unionid', async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, scope: 'snsapi_userinfo' });
    const answer = await userinfo({ access_token: tokens.access_token, openid: tokens.openid });
    expect(answer.json).toMatchObject({ nickname: '张三', unionid: tokens.unionid });
  });

  it('answers 41001 without access_token, then 41009 without openid', async () => {
    expect((await userinfo({ openid: 'o' })).json.errcode).toBe(41001);
    expect((await userinfo({ access_token: 'x' })).json.errcode).toBe(41009);
  });

  it('answers 40003 invalid openid for a live token with another openid', async () => {
    const tokens = await mock.signIn();
    const other = await mock.signIn({ persona: 'lisi' });
    expect((await userinfo({ access_token: tokens.access_token, openid: other.openid })).json.errcode).toBe(40003);
  });

  it('answers 40001 for a token it never issued, as node-webot live tests expect, and 40014 for a malformed one', async () => {
    const answer = await userinfo({ access_token: 'access_token', openid: 'openid' });
    expect(answer.json.errmsg).toMatch(/^invalid credential, access_token is invalid or not latest, rid: /);
    expect((await userinfo({ access_token: 'not a token!', openid: 'o' })).json.errcode).toBe(40014);
  });

  it('answers 42001 access_token expired 7200 s after issue', async () => {
    const tokens = await mock.signIn();
    await mock.advance(7199);
    expect((await userinfo({ access_token: tokens.access_token, openid: tokens.openid })).json).toHaveProperty(
      'nickname',
    );
    await mock.advance(1);
    expect((await userinfo({ access_token: tokens.access_token, openid: tokens.openid })).json.errcode).toBe(42001);
  });

  it('answers 40014 for unknown tokens when fidelity.unknownAccessTokenErrcode is 40014 (§15)', async () => {
    const other = await startTestMock({ config: { fidelity: { unknownAccessTokenErrcode: 40014 } } });
    try {
      expect((await other.get('/sns/userinfo?access_token=abc&openid=o')).json.errcode).toBe(40014);
    } finally {
      await other.close();
    }
  });
});

describe('GET /sns/auth (reference §5.1)', () => {
  const auth = (params: Record<string, string>) => mock.get(withQuery('/sns/auth', params));

  it('answers {"errcode":0,"errmsg":"ok"} exactly, with no rid, for a live token and its openid', async () => {
    const tokens = await mock.signIn();
    expect((await auth({ access_token: tokens.access_token, openid: tokens.openid })).text).toBe(
      '{"errcode":0,"errmsg":"ok"}',
    );
  });

  it('answers 40003 invalid openid for another openid', async () => {
    const tokens = await mock.signIn();
    const answer = await auth({ access_token: tokens.access_token, openid: 'oXXXXX1234567890123456789012' });
    expect(answer.json.errcode).toBe(40003);
    expect(answer.json.errmsg).toMatch(/^invalid openid, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  it('answers 41001, 41009, 40001 and 42001 like userinfo', async () => {
    const tokens = await mock.signIn();
    expect((await auth({ openid: tokens.openid })).json.errcode).toBe(41001);
    expect((await auth({ access_token: tokens.access_token })).json.errcode).toBe(41009);
    expect((await auth({ access_token: 'access_token', openid: 'openid' })).json.errcode).toBe(40001);
    await mock.advance(7200);
    expect((await auth({ access_token: tokens.access_token, openid: tokens.openid })).json.errcode).toBe(42001);
  });

  it('accepts snsapi_base tokens: validity is not a profile permission', async () => {
    const tokens = await mock.signIn({ app: OFFICIAL, scope: 'snsapi_base' });
    expect((await auth({ access_token: tokens.access_token, openid: tokens.openid })).json).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
  });
});

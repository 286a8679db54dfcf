import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, withQuery } from '../../test-support/test-mock.js';

// What WeChat answers on /sns/userinfo and /sns/auth is specified in scenarios/catalogue/userinfo-*.ts and
// auth-*.ts (ADR 0024); here only what needs the mock's own personas or settings.
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const userinfo = (params: Record<string, string>) => mock.get(withQuery('/sns/userinfo', params));

describe("GET /sns/userinfo with the mock's personas (reference §5.2)", () => {
  it('answers the seeded persona\'s profile: nickname 张三, sex 0, empty region, language ""', async () => {
    const tokens = await mock.signIn();
    const answer = await userinfo({ access_token: tokens.access_token, openid: tokens.openid, lang: 'zh_CN' });
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
});

describe('unknown access tokens (reference §15: WeChat answers 40001 or 40014)', () => {
  it('answers 40001 for a well-formed token it never issued and 40014 for a malformed one by default', async () => {
    expect((await userinfo({ access_token: 'access_token', openid: 'openid' })).json.errcode).toBe(40001);
    expect((await userinfo({ access_token: 'not a token!', openid: 'o' })).json.errcode).toBe(40014);
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

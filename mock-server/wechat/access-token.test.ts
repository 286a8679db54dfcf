import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

// What WeChat answers on /sns/oauth2/access_token is specified in scenarios/catalogue/exchange-*.ts (ADR 0024);
// here only what needs the mock's own personas or settings.
let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe("GET /sns/oauth2/access_token with the mock's personas", () => {
  // Two people in one app: the kit's fresh-code gives one person, so this stays with the mock's personas (§7).
  it('gives two personas of one app openids that share their first 6 characters (§7)', async () => {
    const wangwu = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'wangwu'));
    const zhangsan = await mock.exchange(await mock.mintCode(WEBSITE.appid, 'zhangsan'));
    expect(zhangsan.json.openid).not.toBe(wangwu.json.openid);
    expect((zhangsan.json.openid as string).slice(0, 6)).toBe((wangwu.json.openid as string).slice(0, 6));
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

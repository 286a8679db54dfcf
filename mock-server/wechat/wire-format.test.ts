import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import type { ErrmsgSuffixStyle } from '../config/mock-config.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

// The wire format WeChat answers with is specified in scenarios/catalogue/wire-*.ts (ADR 0024); here only how the
// mock frames it, follows its own clock, and reads what the kit cannot send.
describe('the /sns wire format as the mock writes it (reference §9)', () => {
  it.each(['/sns/oauth2/access_token', '/sns/oauth2/refresh_token', '/sns/auth', '/sns/userinfo'])(
    '%s sends a Content-Length that is the byte length of the body',
    async (path) => {
      const answer = await mock.get(path);
      expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(answer.text)));
    },
  );

  it("suffixes errmsg with a rid whose first group is the mock clock's Unix time in hex, not the machine's (§7, §8.1)", async () => {
    await mock.advance(86_400 * 365);
    const answer = await mock.get('/sns/oauth2/access_token');
    const rid = /^appid missing, rid: ([0-9a-f]{8})-[0-9a-f]{8}-[0-9a-f]{8}$/.exec(answer.json.errmsg as string);
    expect(rid).not.toBeNull();
    const seconds = Number.parseInt(rid?.[1] ?? '', 16);
    expect(Math.abs(seconds - Math.floor((await mock.clock.now()).epochMs / 1000))).toBeLessThanOrEqual(2);
    expect(seconds - Date.now() / 1000).toBeGreaterThan(86_400 * 364);
  });

  // The kit's sns() takes a record of parameters, so a repeated query parameter cannot be written as a scenario.
  it('counts a query parameter sent twice by its first value (§3.1, inferred)', async () => {
    const code = await mock.mintCode();
    const answer = await mock.get(
      `/sns/oauth2/access_token?appid=${WEBSITE.appid}&appid=wx0000000000000000&secret=${WEBSITE.secret}&code=${code}&grant_type=authorization_code`,
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppView } from '../contract/index.js';
import { startTestMock, type TestMock, withQuery } from '../test-support/test-mock.js';
import { decryptOpenData, verifyRawData } from './open-data.js';

let mock: TestMock;
let mini: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  mini = await mock.apps.create({ kind: 'mini-program', name: 'Client open data', account: 'demo-open-platform' });
});
afterAll(() => mock.close());

async function sessionKeyOf(persona: string): Promise<{ sessionKey: string; openid: string }> {
  const { code } = await mock.codes.mint({ app: mini, persona });
  const query = { appid: mini.appid, secret: mini.secret, js_code: code, grant_type: 'authorization_code' };
  const { json } = await mock.get(withQuery('/sns/jscode2session', query));
  return { sessionKey: json.session_key as string, openid: json.openid as string };
}

describe('decryptOpenData and verifyRawData against the mock (ML§3.1)', () => {
  it("decrypts the mock's open data with the live session_key and checks the watermark", async () => {
    const { sessionKey, openid } = await sessionKeyOf('zhangsan');
    const data = await mock.openData({ app: mini, persona: 'zhangsan' });
    const decrypted = decryptOpenData(data, sessionKey, mini.appid);
    expect(decrypted.openId).toBe(openid);
    expect(decrypted.watermark.appid).toBe(mini.appid);
    expect(verifyRawData(data.rawData, data.signature, sessionKey)).toBe(true);
  });

  it('refuses data of another appid, a rotated key, and a rawData that was tampered with', async () => {
    const old = await sessionKeyOf('lisi');
    const live = await sessionKeyOf('lisi');
    const data = await mock.openData({ app: mini, persona: 'lisi' });
    expect(() => decryptOpenData(data, live.sessionKey, 'wx0000000000000000')).toThrow(/watermark/);
    expect(() => decryptOpenData(data, old.sessionKey, mini.appid)).toThrow(/does not decrypt/);
    expect(verifyRawData(data.rawData.replace('微信用户', 'x'), data.signature, live.sessionKey)).toBe(false);
    expect(verifyRawData(data.rawData, data.signature, old.sessionKey)).toBe(false);
    expect(verifyRawData(data.rawData, 'not hex', live.sessionKey)).toBe(false);
  });
});

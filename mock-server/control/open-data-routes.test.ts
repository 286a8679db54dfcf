import { createDecipheriv, createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockControlError } from '../../contract/control-client/index.js';
import type { AppView, OpenData } from '../../contract/index.js';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';
import { GREY_AVATAR } from '../model/open-data.js';

let mock: TestMock;
let bound: AppView;
beforeAll(async () => {
  mock = await startTestMock();
  bound = await mock.apps.create({ kind: 'mini-program', name: 'Open data', account: 'demo-open-platform' });
  await mock.personas.create({
    key: 'old-profile',
    nickname: 'Band',
    sex: 1,
    language: 'zh_CN',
    profile: 'legacy',
    region: { en: { country: 'CN', province: 'Guangdong', city: 'Guangzhou' } },
  });
});
afterAll(() => mock.close());

/** Signs `persona` in on `app` and answers the session as the server holds it. */
async function signIn(app: AppView, persona: string) {
  const { code } = await mock.codes.mint({ app, persona });
  const query = { appid: app.appid, secret: app.secret, js_code: code, grant_type: 'authorization_code' };
  return (await mock.get(withQuery('/sns/jscode2session', query))).json as {
    session_key: string;
    openid: string;
    unionid?: string;
  };
}

/** What a server does with open data: AES-128-CBC/PKCS#7, key and iv base64-decoded (ML§3.1). */
function decrypt(data: OpenData, sessionKey: string): string {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(data.iv, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data.encryptedData, 'base64')), decipher.final()]).toString('utf8');
}

describe('POST /__mock/open-data (ML§3)', () => {
  it("encrypts the anonymised profile with the persona's session_key: openId, profile, unionId, watermark in that order (ML§3.1, ML§3.2)", async () => {
    const session = await signIn(bound, 'zhangsan');
    const now = Math.floor(Date.parse((await mock.clock.freeze()).now) / 1000);
    const data = await mock.openData({ app: bound, persona: 'zhangsan' });
    await mock.clock.unfreeze();
    const decrypted = JSON.parse(decrypt(data, session.session_key));
    expect(Object.keys(decrypted)).toEqual([
      'openId',
      'nickName',
      'gender',
      'language',
      'city',
      'province',
      'country',
      'avatarUrl',
      'unionId',
      'watermark',
    ]);
    expect(decrypted).toEqual({
      openId: session.openid,
      nickName: '微信用户',
      gender: 0,
      language: '',
      city: '',
      province: '',
      country: '',
      avatarUrl: GREY_AVATAR,
      unionId: session.unionid,
      watermark: { timestamp: now, appid: bound.appid },
    });
    expect(JSON.parse(data.rawData)).toEqual({
      nickName: '微信用户',
      gender: 0,
      language: '',
      city: '',
      province: '',
      country: '',
      avatarUrl: GREY_AVATAR,
    });
  });

  it('signs rawData as sha1(rawData + session_key), 40 hex characters, and writes slashes unescaped (ML§3.1)', async () => {
    const session = await signIn(bound, 'lisi');
    const data = await mock.openData({ app: bound, persona: 'lisi' });
    expect(data.signature).toBe(
      createHash('sha1')
        .update(data.rawData + session.session_key)
        .digest('hex'),
    );
    expect(data.rawData).toContain('https://thirdwx.qlogo.cn/');
    expect(Buffer.from(data.iv, 'base64')).toHaveLength(16);
    expect(decrypt(data, session.session_key)).not.toContain('\\/');
  });

  it("gives a legacy persona's own profile with its English region, as the official sample has it (ML§3.1)", async () => {
    const session = await signIn(bound, 'old-profile');
    const decrypted = JSON.parse(
      decrypt(await mock.openData({ app: bound, persona: 'old-profile' }), session.session_key),
    );
    expect(decrypted).toMatchObject({
      nickName: 'Band',
      gender: 1,
      language: 'zh_CN',
      city: 'Guangzhou',
      province: 'Guangdong',
      country: 'CN',
    });
  });

  it('leaves unionId out for a mini-program bound to no account (ML§1.3)', async () => {
    const unbound = await mock.apps.create({ kind: 'mini-program', name: 'Open data, unbound' });
    const session = await signIn(unbound, 'zhangsan');
    const decrypted = JSON.parse(
      decrypt(await mock.openData({ app: unbound, persona: 'zhangsan' }), session.session_key),
    );
    expect(decrypted).not.toHaveProperty('unionId');
  });

  it('uses the live key: after a new login rotates it, the old key no longer decrypts (ML§2.1)', async () => {
    const first = await signIn(bound, 'wangwu');
    const second = await signIn(bound, 'wangwu');
    const data = await mock.openData({ app: bound, persona: 'wangwu' });
    expect(JSON.parse(decrypt(data, second.session_key)).openId).toBe(second.openid);
    expect(() => JSON.parse(decrypt(data, first.session_key))).toThrow();
  });

  it('answers 409 conflict before the persona signed in, 400 for an app that is not a mini-program, 404 for unknown ones', async () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: MockControlError) => error,
      );
    expect(await refusal(mock.openData({ app: bound, persona: 'xiaoming' }))).toMatchObject({
      code: 'conflict',
      status: 409,
    });
    expect(await refusal(mock.openData({ app: WEBSITE.appid, persona: 'zhangsan' }))).toMatchObject({
      code: 'bad_request',
      status: 400,
    });
    expect(await refusal(mock.openData({ app: 'wx0000000000000000', persona: 'zhangsan' }))).toMatchObject({
      code: 'unknown_app',
    });
    expect(await refusal(mock.openData({ app: bound, persona: 'nobody' }))).toMatchObject({ code: 'unknown_persona' });
  });
});

describe('POST /__mock/open-data/phone (ML§4.2)', () => {
  it('encrypts the phone_info object alone under the live session_key, keys in WeChat’s order', async () => {
    const { session_key } = await signIn(bound, 'zhangsan');
    const data = await mock.phoneOpenData({ app: bound, persona: 'zhangsan' });
    expect(Object.keys(data)).toEqual(['encryptedData', 'iv']);
    expect(decrypt({ ...data, rawData: '', signature: '' }, session_key)).toMatch(
      new RegExp(
        `^\\{"phoneNumber":"13800138000","purePhoneNumber":"13800138000","countryCode":"86","watermark":\\{"timestamp":\\d+,"appid":"${bound.appid}"\\}\\}$`,
      ),
    );
  });

  it('answers 409 for a persona without a phone number (wangwu) or without a session_key', async () => {
    await signIn(bound, 'wangwu');
    const noPhone = await mock.post('/__mock/open-data/phone', { appid: bound.appid, persona: 'wangwu' });
    expect(noPhone.status).toBe(409);
    await mock.personas.create({ key: 'never-signed-in', nickname: '新', phone: { number: '13600136000' } });
    const noSession = await mock.post('/__mock/open-data/phone', { appid: bound.appid, persona: 'never-signed-in' });
    expect(noSession.status).toBe(409);
  });
});

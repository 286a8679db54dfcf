// The README's session_key and phone-number example, kept runnable: it imports the package by its published name.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type WeChatMock } from 'wechat-oauth-mock';
import { decryptOpenData, ErrCode, WeChatOAuthClient } from 'wechat-oauth-mock/client';

let mock: WeChatMock;
beforeAll(async () => {
  mock = await startMockServer(); // the demo personas: zhangsan's number is 13800138000, wangwu has none
});
afterAll(() => mock.close());

it('checks and resets a session_key, and reads the phone number behind a getPhoneNumber code', async () => {
  const mini = await mock.apps.create({ kind: 'mini-program', name: 'readme phone mini-program' });
  const wechat = new WeChatOAuthClient({ appid: mini.appid, secret: mini.secret, apiBaseUrl: mock.url });
  const { code } = await mock.codes.mint({ app: mini, persona: 'zhangsan' }); // what wx.login gives
  const { openid, session_key } = await wechat.code2Session(code);

  // /wxa/checksession and /wxa/resetusersessionkey, with the server token the client fetches and keeps.
  expect(await wechat.checkSessionKey(openid, session_key)).toBe(true);
  const reset = await wechat.resetSessionKey(openid, session_key);
  expect(await wechat.checkSessionKey(openid, session_key)).toBe(false); // 87009: the old key is dead
  expect(await wechat.checkSessionKey(openid, reset.session_key)).toBe(true);

  // The getPhoneNumber button gives a 64-hex code: the control plane mints it, as the phone is not the mock's.
  const phone = await mock.codes.mint({ app: mini, persona: 'zhangsan', kind: 'phone' });
  const info = await wechat.getPhoneNumber(phone.code); // POST /wxa/business/getuserphonenumber
  expect(info).toMatchObject({ phoneNumber: '13800138000', purePhoneNumber: '13800138000', countryCode: '86' });
  await expect(wechat.getPhoneNumber(phone.code)).rejects.toMatchObject({ errcode: ErrCode.InvalidCode });

  // The old encryptedData of getPhoneNumber, under the live session_key, for a server's decryption code.
  const encrypted = await mock.phoneOpenData({ app: mini, persona: 'zhangsan' });
  expect(decryptOpenData(encrypted, reset.session_key, mini.appid)).toMatchObject({ countryCode: '86' });
});

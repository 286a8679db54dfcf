import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { startTestMock, type TestMock } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ config: { fidelity: { longPollSeconds: 1 } } });
});
afterAll(() => mock.close());

describe('GET /connect/l/qrconnect, the long poll (reference §1.2)', () => {
  it("answers WeChat's script, 408 once the hold runs out while nobody has scanned", async () => {
    const uuid = await openQrLogin(mock);
    const answer = await mock.get(`/connect/l/qrconnect?uuid=${uuid}&_=1700000000000`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(answer.text).toBe("window.wx_errcode=408;window.wx_code='';");
  });

  it('answers 404 once the phone opened the QR code, at once for a poll still at 408', async () => {
    const uuid = await openQrLogin(mock);
    const held = poll(mock, uuid, 408);
    expect((await mock.get(`/connect/confirm?uuid=${uuid}`)).status).toBe(200);
    expect(await held).toEqual({ errcode: 404, code: '' });
    expect(await poll(mock, uuid, 404)).toEqual({ errcode: 404, code: '' });
  });

  it('answers 405 with the code after Allow on the phone; the code exchanges for that persona', async () => {
    const uuid = await openQrLogin(mock);
    await mock.get(`/connect/confirm?uuid=${uuid}`);
    const held = poll(mock, uuid, 404);
    await answerOnPhone(mock, uuid, { action: 'allow', persona: 'wangwu' });
    const { errcode, code } = await held;
    expect(errcode).toBe(405);
    const tokens = await mock.exchange(code);
    const profile = await mock.get(
      `/sns/userinfo?access_token=${tokens.json.access_token}&openid=${tokens.json.openid}`,
    );
    expect(profile.json.nickname).toBe('王五');
  });

  it('answers 405 with the same code when the shortcut allow link answered the login', async () => {
    const uuid = await openQrLogin(mock);
    const allowed = await mock.get(`/connect/confirm/allow?uuid=${uuid}&persona=zhangsan`);
    const code = new URL(allowed.headers.get('location') ?? '').searchParams.get('code');
    expect(await poll(mock, uuid)).toEqual({ errcode: 405, code });
  });

  it('answers 403 after Deny on the phone', async () => {
    const uuid = await openQrLogin(mock);
    const held = poll(mock, uuid);
    await answerOnPhone(mock, uuid, { action: 'deny' });
    expect(await held).toEqual({ errcode: 403, code: '' });
  });

  it('answers 402 when the QR code expires, at once when the control plane moves the clock past it (§6)', async () => {
    const uuid = await openQrLogin(mock);
    const held = poll(mock, uuid);
    await mock.advance(300);
    expect(await held).toEqual({ errcode: 402, code: '' });
  });

  it('answers 402 for an unknown or missing uuid, without holding', async () => {
    expect(await poll(mock, 'NoSuchUuid000000')).toEqual({ errcode: 402, code: '' });
    expect((await mock.get('/connect/l/qrconnect')).text).toBe("window.wx_errcode=402;window.wx_code='';");
  });
});

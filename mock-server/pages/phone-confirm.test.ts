import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnPhone, openQrLogin, poll } from '../../test-support/qr-login.js';
import { OFFICIAL, startTestMock, type TestMock } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ config: { fidelity: { longPollSeconds: 1 } } });
});
afterAll(() => mock.close());

const h4 = (page: string) => /<h4 class="weui_msg_title">([^<]*)<\/h4>/.exec(page)?.[1];

describe('the phone page, /connect/confirm (reference §1.2)', () => {
  it('shows the app asking to log in, every persona to log in as, the first one chosen, and Allow / Deny', async () => {
    const uuid = await openQrLogin(mock);
    const page = await mock.get(`/connect/confirm?uuid=${uuid}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta name="viewport" content="width=device-width');
    expect(page.text).toContain('<h1 class="app_name">演示网站 Demo Website</h1>');
    expect(page.text).toContain(`<form method="post" action="/connect/confirm?uuid=${uuid}">`);
    expect(page.text).toContain('<input type="radio" name="persona" value="zhangsan" checked>');
    for (const key of ['lisi', 'wangwu', 'xiaoming']) expect(page.text).toContain(`value="${key}">`);
    expect(page.text).toContain(
      '<button class="weui_btn weui_btn_primary" type="submit" name="action" value="allow">允许',
    );
    expect(page.text).toContain('name="action" value="deny">拒绝');
  });

  it('is in English when the QR page was (lang=en)', async () => {
    const uuid = await openQrLogin(mock, { lang: 'en' });
    expect((await mock.get(`/connect/confirm?uuid=${uuid}`)).text).toContain('>Allow</button>');
  });

  it('confirms on Allow without redirecting the phone, and the login is answered once', async () => {
    const uuid = await openQrLogin(mock);
    const answer = await answerOnPhone(mock, uuid, { action: 'allow', persona: 'lisi' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('location')).toBeNull();
    expect(h4(answer.text)).toBe('已确认登录');
    expect((await poll(mock, uuid)).errcode).toBe(405);
    expect(h4((await answerOnPhone(mock, uuid, { action: 'allow', persona: 'lisi' })).text)).toBe(
      '二维码已失效，请返回并重新打开登录页',
    );
    expect(h4((await mock.get(`/connect/confirm?uuid=${uuid}`)).text)).toBe('二维码已失效，请返回并重新打开登录页');
  });

  it('tells the phone that it refused on Deny (the desktop hears 403), and the shortcut links cannot answer afterwards', async () => {
    const uuid = await openQrLogin(mock);
    const answer = await answerOnPhone(mock, uuid, { action: 'deny' });
    expect(h4(answer.text)).toBe('已拒绝登录');
    expect(answer.text).toContain('网站不会获得你的信息，可以关闭此页面');
    expect(answer.text).not.toContain('再次扫描');
    expect(answer.headers.get('location')).toBeNull();
    expect((await poll(mock, uuid)).errcode).toBe(403);
    const allow = await mock.get(`/connect/confirm/allow?uuid=${uuid}&persona=lisi`);
    expect(allow.status).toBe(200);
    expect(h4(allow.text)).toBe('二维码已失效，请返回并重新打开登录页');
  });

  it('leaves the login open on an unknown persona or action, so the person can answer again', async () => {
    const uuid = await openQrLogin(mock);
    expect(h4((await answerOnPhone(mock, uuid, { action: 'allow', persona: 'nobody' })).text)).toBe('该链接无法访问');
    expect(h4((await answerOnPhone(mock, uuid, { action: 'shrug' })).text)).toBe('该链接无法访问');
    expect(h4((await answerOnPhone(mock, uuid, { action: 'allow', persona: 'lisi' })).text)).toBe('已确认登录');
  });

  it('shows the expired page for an unknown uuid, an expired QR code, or an official-account consent session', async () => {
    expect(h4((await mock.get('/connect/confirm?uuid=NoSuchUuid000000')).text)).toBe(
      '二维码已失效，请返回并重新打开登录页',
    );
    const expiring = await openQrLogin(mock);
    await mock.advance(300);
    expect(h4((await mock.get(`/connect/confirm?uuid=${expiring}`)).text)).toBe('二维码已失效，请返回并重新打开登录页');
    expect(h4((await answerOnPhone(mock, expiring, { action: 'deny' })).text)).toBe(
      '二维码已失效，请返回并重新打开登录页',
    );
    const consent = await mock.get(
      `/connect/oauth2/authorize?appid=${OFFICIAL.appid}&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&response_type=code&scope=snsapi_userinfo&state=s&connect_redirect=1`,
    );
    const session = /uuid=([A-Za-z0-9]{16})/.exec(consent.text)?.[1];
    expect(h4((await mock.get(`/connect/confirm?uuid=${session}`)).text)).toBe('二维码已失效，请返回并重新打开登录页');
  });

  it('ignores a form body too large to be the phone form', async () => {
    const uuid = await openQrLogin(mock);
    const answer = await answerOnPhone(mock, uuid, { action: 'deny', padding: 'x'.repeat(5000) });
    expect(h4(answer.text)).toBe('该链接无法访问');
    expect((await poll(mock, uuid, 403)).errcode).toBe(408);
  });
});

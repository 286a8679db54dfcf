import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQrLogin, qrconnectPage } from '../../test-support/qr-login.js';
import { pngShowsQr } from '../../test-support/qr-png-text.js';
import { startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const qrconnect = (params: Record<string, string>) => qrconnectPage(mock, params);
/** A GET naming another Host, as a phone or a LAN browser would (fetch does not let a caller set Host). */
function getWithHost(path: string, host: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${mock.url}${path}`, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}
const bodyClass = (page: string) => /<body class="([^"]*)"/.exec(page)?.[1];
const stylesheet = (page: string) => /<link rel="stylesheet" href="([^"]*)">/.exec(page)?.[1];

describe('the QR page (reference §1.2)', () => {
  it("shows WeChat's title, the QR image of its uuid, the scan hint and the app's name", async () => {
    const page = (await qrconnect({})).text;
    expect(page).toContain('<title>微信登录</title>');
    expect(page).toMatch(/<img class="qrcode lightBorder" src="\/connect\/qrcode\/[A-Za-z0-9]{16}"/);
    expect(page).toContain('使用微信扫一扫登录');
    expect(page).toContain('「演示网站 Demo Website」');
    expect(page).toContain('扫描成功');
    expect(page).toContain('您已取消此次登录');
  });

  it('carries a "simulate scan" link to the phone page of the same uuid', async () => {
    const page = (await qrconnect({})).text;
    const uuid = /src="\/connect\/qrcode\/([A-Za-z0-9]{16})"/.exec(page)?.[1];
    expect(page).toContain(`<a class="simulate_scan" href="/connect/confirm?uuid=${uuid}" target="_blank">`);
  });

  it('serves a PNG QR code encoding the phone page on the origin the request named in Host', async () => {
    const uuid = await openQrLogin(mock);
    const image = await getWithHost(`/connect/qrcode/${uuid}`, '192.168.1.20:3099');
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/png');
    expect(image.body.readUInt32BE(16)).toBe(430);
    expect(pngShowsQr(image.body, `http://192.168.1.20:3099/connect/confirm?uuid=${uuid}`, 2)).toBe(true);
    expect(pngShowsQr(image.body, `http://192.168.1.21:3099/connect/confirm?uuid=${uuid}`, 2)).toBe(false);
  });

  it('never answers 5xx for a Host no QR code can hold: the image encodes the address the request reached', async () => {
    const uuid = await openQrLogin(mock);
    const image = await getWithHost(`/connect/qrcode/${uuid}`, `${'h'.repeat(3000)}.example`);
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/png');
    expect(pngShowsQr(image.body, `${mock.url}/connect/confirm?uuid=${uuid}`, 2)).toBe(true);
  });

  it('answers 404 for the QR image of an unknown uuid, or of a path that names no uuid', async () => {
    expect((await mock.get('/connect/qrcode/NoSuchUuid000000')).status).toBe(404);
    expect((await mock.get('/connect/qrcode/')).status).toBe(404);
    expect((await mock.get('/connect/qrcode/a/b')).status).toBe(404);
  });

  it('says a phone cannot follow the QR code when the page was reached through loopback, and not otherwise', async () => {
    expect((await qrconnect({})).text).toContain('class="lan_hint"');
    const path = withQuery('/connect/qrconnect', {
      appid: WEBSITE.appid,
      redirect_uri: 'http://localhost/cb',
      scope: 'snsapi_login',
    });
    const overLan = (await getWithHost(path, '192.168.1.20:3099')).body.toString();
    expect(overLan).not.toContain('class="lan_hint"');
    expect(overLan).toMatch(/<code>http:\/\/192\.168\.1\.20:3099\/connect\/confirm\?uuid=[A-Za-z0-9]{16}<\/code>/);
  });

  it('is in English with lang=en (§1.1)', async () => {
    const page = (await qrconnect({ lang: 'en' })).text;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Scanned');
    expect(page).toContain('You cancelled the login');
  });
});

describe("wxLogin.js' parameters on the QR page (reference §1.1)", () => {
  it('is a standalone page by default and an embedded one with login_type=jssdk', async () => {
    expect(bodyClass((await qrconnect({})).text)).toBe('qrconnect standalone text_black');
    expect(bodyClass((await qrconnect({ login_type: 'jssdk', style: 'white', stylelite: '1' })).text)).toBe(
      'qrconnect embedded text_white lite',
    );
  });

  it('navigates the top window unless self_redirect=true, and says so to its script and its shortcut links', async () => {
    const top = (await qrconnect({ login_type: 'jssdk', self_redirect: 'false' })).text;
    expect(top).toContain('data-self-redirect="false"');
    expect(top).toMatch(/data-persona="lisi" href="[^"]+" target="_top"/);
    const self = (await qrconnect({ login_type: 'jssdk', self_redirect: 'true' })).text;
    expect(self).toContain('data-self-redirect="true"');
    expect(self).not.toContain('target="_top"');
  });

  it('links an http(s) or data:text/css href as a stylesheet, putting back the + of base64', async () => {
    expect(stylesheet((await qrconnect({ href: 'https://cdn.example.com/wx.css' })).text)).toBe(
      'https://cdn.example.com/wx.css',
    );
    // wxLogin.js does not encode href, so the query string turns + into a space.
    const page = await mock.get(
      `/connect/qrconnect?appid=${WEBSITE.appid}&redirect_uri=http://localhost/cb&scope=snsapi_login&href=data:text/css;base64,LmE+Yg==`,
    );
    expect(stylesheet(page.text)).toBe('data:text/css;base64,LmE+Yg==');
  });

  it('ignores href with stylelite=1 (§1.1)', async () => {
    expect(stylesheet((await qrconnect({ href: 'https://cdn.example.com/wx.css', stylelite: '1' })).text)).toBe(
      undefined,
    );
  });
});

describe('hostile values on the QR page', () => {
  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['markup', '"><script>alert(1)</script>'],
    ['a style break-out', '</style><script>alert(1)</script>'],
    ['another data: type', 'data:text/html,<script>alert(1)</script>'],
  ])('ignores %s as href', async (_, href) => {
    const page = (await qrconnect({ href })).text;
    expect(stylesheet(page)).toBeUndefined();
    expect(page).not.toContain('alert(1)');
  });

  it('escapes a stylesheet URL that breaks out of its attribute', async () => {
    const page = (await qrconnect({ href: 'https://a.test/x.css" onload="alert(1)' })).text;
    expect(stylesheet(page)).toBe('https://a.test/x.css&quot; onload=&quot;alert(1)');
  });

  it('escapes state and redirect_uri in the data the script reads, and writes no request value into script', async () => {
    const state = `'";</script><script>alert(1)</script>`;
    const page = (await qrconnect({ state, redirect_uri: 'http://localhost/cb?x="><img src=x onerror=alert(1)>' }))
      .text;
    expect(page).toContain('data-state="&#39;&quot;;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).toContain('data-redirect-uri="http://localhost/cb?x=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('rejects javascript: and look-alike redirect_uris, including one that changes host once &amp; is decoded', async () => {
    for (const redirect_uri of [
      'javascript:alert(1)//localhost/',
      'http://localhost@evil.test/',
      'http://evil.test/?localhost',
      'http://localhost&amp;@evil.test/',
    ]) {
      expect((await qrconnect({ redirect_uri })).text).toContain('redirect_uri 参数错误');
    }
  });

  it("escapes a persona's nickname on the QR page and the phone page", async () => {
    await mock.personas.create({ key: 'mallory', nickname: '<img src=x onerror=alert(1)>' });
    try {
      const page = (await qrconnect({})).text;
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(page).not.toContain('<img src=x');
      const uuid = await openQrLogin(mock);
      const phone = (await mock.get(`/connect/confirm?uuid=${uuid}`)).text;
      expect(phone).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(phone).not.toContain('<img src=x');
    } finally {
      await mock.personas.delete('mallory');
    }
  });
});

describe('GET /connect/zh_CN/htmledition/js/wxLogin.js (reference §1.1)', () => {
  it("serves a script defining WxLogin that builds WeChat's iframe URL from the script's own origin", async () => {
    const answer = await mock.get('/connect/zh_CN/htmledition/js/wxLogin.js');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(answer.text).toContain('window.WxLogin = function (options)');
    expect(answer.text).toContain("'/connect/qrconnect?appid=' + options.appid");
    expect(answer.text).toContain("'&login_type=jssdk&self_redirect=' + selfRedirect");
  });
});

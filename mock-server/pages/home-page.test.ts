import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('GET / (the page for a person who opened the mock)', () => {
  it('says what the mock is and lists the demo apps, each with a link that starts a login', async () => {
    const page = await mock.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('A mock of WeChat');
    expect(page.text).toContain(
      `href="/connect/qrconnect?appid=${WEBSITE.appid}&amp;redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&amp;response_type=code&amp;scope=snsapi_login&amp;state=home#wechat_redirect"`,
    );
    expect(page.text).toContain(`href="/connect/oauth2/authorize?appid=${OFFICIAL.appid}&amp;`);
  });

  it('lists the personas and links to the control plane and the documentation', async () => {
    const { text } = await mock.get('/');
    for (const key of ['zhangsan', 'lisi', 'wangwu', 'xiaoming']) expect(text).toContain(`<code>${key}</code>`);
    expect(text).toContain('href="/__mock/health"');
    expect(text).toContain('href="https://github.com/wechat-oauth-mock/wechat-oauth-mock#readme"');
  });

  it('whose "start a login" link leads to the QR login page', async () => {
    const { text } = await mock.get('/');
    const href = /class="start-login" href="([^"]+)"/.exec(text)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const login = await mock.get(href);
    expect(login.status).toBe(200);
    expect(login.text).toContain('微信登录');
  });

  it('escapes what it shows: an app registered with markup in its name', async () => {
    await mock.apps.create({ kind: 'website', name: '<img src=x onerror=alert(1)>', callbackDomains: ['shop.test'] });
    const { text } = await mock.get('/');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img src=x');
  });

  it('links the dashboard while the control plane is on', async () => {
    expect((await mock.get('/')).text).toContain('<a href="/__mock/ui/">/__mock/ui/</a>');
  });
});

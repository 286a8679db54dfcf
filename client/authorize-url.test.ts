import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE } from '../test-support/test-mock.js';
import { WeChatOAuthClient } from './wechat-oauth-client.js';

const website = new WeChatOAuthClient({ appid: WEBSITE.appid });
const official = new WeChatOAuthClient({ appid: OFFICIAL.appid });

describe('authorize URLs are built exactly as WeChat expects', () => {
  it('builds the qrconnect URL in the documented order with #wechat_redirect (§1.1)', () => {
    expect(website.qrConnectUrl({ redirectUri: 'https://example.com/cb', state: 'abc' })).toBe(
      'https://open.weixin.qq.com/connect/qrconnect?appid=wx5f3b9c0d2e1a4b67' +
        '&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_login&state=abc#wechat_redirect',
    );
  });

  it('encodes a redirect_uri with its own query, so the callback keeps it and the state (§1.1)', () => {
    const url = new URL(website.qrConnectUrl({ redirectUri: 'http://localhost:3000/cb?next=/me&x=1 2', state: 's' }));
    expect(url.search).toContain('redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb%3Fnext%3D%2Fme%26x%3D1%202');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3000/cb?next=/me&x=1 2');
    expect(url.searchParams.get('state')).toBe('s');
  });

  it('keeps an empty state as "state=" and adds lang=en when asked (§1.1)', () => {
    const url = website.qrConnectUrl({ redirectUri: 'http://localhost/cb', state: '', lang: 'en' });
    expect(url).toMatch(/&state=&lang=en#wechat_redirect$/);
  });

  it('points at another open base URL, such as the mock', () => {
    const client = new WeChatOAuthClient({ appid: WEBSITE.appid, openBaseUrl: 'http://127.0.0.1:3099/' });
    expect(client.qrConnectUrl({ redirectUri: 'http://localhost/cb', state: 's' })).toMatch(
      /^http:\/\/127\.0\.0\.1:3099\/connect\/qrconnect\?appid=/,
    );
  });

  it('builds the official-account URL with the scope and connect_redirect=1 (§2)', () => {
    expect(
      official.officialAccountUrl({ redirectUri: 'https://example.com/cb', state: 'xyz', scope: 'snsapi_userinfo' }),
    ).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx8a2d6e4f1c3b5a79' +
        '&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=snsapi_userinfo&state=xyz' +
        '&connect_redirect=1#wechat_redirect',
    );
    expect(
      official.officialAccountUrl({
        redirectUri: 'https://example.com/cb',
        state: 'x',
        scope: 'snsapi_base',
        connectRedirect: false,
      }),
    ).not.toContain('connect_redirect');
  });

  it('refuses a state over 128 bytes for the official account, which WeChat would refuse (§2)', () => {
    const options = { redirectUri: 'https://example.com/cb', scope: 'snsapi_base' as const };
    expect(() => official.officialAccountUrl({ ...options, state: 'a'.repeat(128) })).not.toThrow();
    expect(() => official.officialAccountUrl({ ...options, state: '状'.repeat(43) })).toThrow(/129 bytes/);
  });
});

describe('the mock accepts the URLs the client builds', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await startTestMock();
  });
  afterAll(() => mock.close());

  it('shows the login page for the qrconnect URL', async () => {
    const client = new WeChatOAuthClient({ appid: WEBSITE.appid, openBaseUrl: mock.url });
    const url = new URL(client.qrConnectUrl({ redirectUri: 'http://localhost:3000/cb?x=1', state: 'st' }));
    const page = await mock.get(url.pathname + url.search);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-persona="zhangsan"');
  });

  it('redirects a snsapi_base official-account URL straight to the callback with code and state', async () => {
    const client = new WeChatOAuthClient({ appid: OFFICIAL.appid, openBaseUrl: mock.url });
    const url = new URL(
      client.officialAccountUrl({ redirectUri: 'http://localhost:3000/cb', state: 'st', scope: 'snsapi_base' }),
    );
    const answer = await mock.get(url.pathname + url.search);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toMatch(/^http:\/\/localhost:3000\/cb\?code=[A-Za-z0-9]{32}&state=st$/);
  });
});

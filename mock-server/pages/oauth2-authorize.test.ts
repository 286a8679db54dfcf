import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL, startTestMock, type TestMock, WEBSITE, withQuery } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const authorize = (params: Record<string, string>) =>
  mock.get(
    withQuery('/connect/oauth2/authorize', {
      appid: OFFICIAL.appid,
      redirect_uri: 'http://localhost/oa/callback',
      response_type: 'code',
      scope: 'snsapi_base',
      state: 'st',
      connect_redirect: '1',
      ...params,
    }),
  );
const h4 = (page: string) => /<h4 class="weui_msg_title">([^<]*)<\/h4>/.exec(page)?.[1];

describe('GET /connect/oauth2/authorize (reference §2)', () => {
  it('first 301-redirects to itself with connect_redirect=1, as WeChat does', async () => {
    const answer = await mock.get(`/connect/oauth2/authorize?appid=${OFFICIAL.appid}&scope=snsapi_base&state=a`);
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(
      `/connect/oauth2/authorize?appid=${OFFICIAL.appid}&scope=snsapi_base&state=a&connect_redirect=1`,
    );
  });

  it('snsapi_base redirects at once with a code and the state (§2)', async () => {
    const answer = await authorize({});
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toMatch(/^http:\/\/localhost\/oa\/callback\?code=[A-Za-z0-9]{32}&state=st$/);
  });

  it('inserts code and state before a #fragment, state URL-encoded (§2)', async () => {
    const answer = await authorize({ redirect_uri: 'http://localhost/spa/#/after-login', state: 'a b' });
    expect(answer.headers.get('location')).toMatch(
      /^http:\/\/localhost\/spa\/\?code=[A-Za-z0-9]{32}&state=a%20b#\/after-login$/,
    );
  });

  it('snsapi_base acts as mock_persona when given, else the default persona', async () => {
    const codeOf = (location: string | null) => new URL(location ?? '').searchParams.get('code') ?? '';
    const asLisi = await mock.exchange(
      codeOf((await authorize({ mock_persona: 'lisi' })).headers.get('location')),
      OFFICIAL,
    );
    const asDefault = await mock.exchange(codeOf((await authorize({})).headers.get('location')), OFFICIAL);
    const lisiDirect = await mock.exchange(await mock.mintCode(OFFICIAL.appid, 'lisi', 'snsapi_base'), OFFICIAL);
    expect(asLisi.json.openid).toBe(lisiDirect.json.openid);
    expect(asDefault.json.openid).not.toBe(lisiDirect.json.openid);
    expect(asLisi.json.scope).toBe('snsapi_base');
    expect(h4((await authorize({ mock_persona: 'nobody' })).text)).toBe('该链接无法访问');
  });

  it('snsapi_userinfo shows a consent page; allow redirects with a code for that scope', async () => {
    const page = await authorize({ scope: 'snsapi_userinfo' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('申请获得你的公开信息');
    const link = /data-persona="wangwu" href="([^"]+)"/.exec(page.text)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const answer = await mock.get(link);
    expect(answer.status).toBe(302);
    const code = new URL(answer.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokens = await mock.exchange(code, OFFICIAL);
    expect(tokens.json.scope).toBe('snsapi_userinfo');
    expect(tokens.json.unionid).toEqual(expect.any(String));
  });

  it('answers state over 128 bytes with "state参数过长" and accepts exactly 128 (§2)', async () => {
    expect(h4((await authorize({ state: 'a'.repeat(129) })).text)).toBe('state参数过长');
    expect(h4((await authorize({ state: '状'.repeat(43) })).text)).toBe('state参数过长');
    expect((await authorize({ state: 'a'.repeat(128) })).status).toBe(302);
  });

  it('answers a redirect_uri outside the callback domains with the 10003 page (§2)', async () => {
    expect(h4((await authorize({ redirect_uri: 'https://evil.test/' })).text)).toBe(
      'redirect_uri域名与后台配置不一致，错误码：10003',
    );
  });

  it("answers a wrong scope, or a website app's appid, with the scope error page (§2)", async () => {
    expect(h4((await authorize({ scope: 'snsapi_login' })).text)).toBe('Scope 参数错误或没有 Scope 权限');
    expect(h4((await authorize({ appid: WEBSITE.appid })).text)).toBe('Scope 参数错误或没有 Scope 权限');
  });

  it('answers an unknown appid with "AppID 参数错误"', async () => {
    expect(h4((await authorize({ appid: 'wx0000000000000000' })).text)).toBe('AppID 参数错误');
  });
});

describe('outside the WeChat browser (reference §2)', () => {
  it('shows "请在微信客户端打开链接" to a browser without MicroMessenger when fidelity.requireWeChatBrowser is on', async () => {
    const strict = await startTestMock({ config: { fidelity: { requireWeChatBrowser: true } } });
    try {
      const path = `/connect/oauth2/authorize?appid=${OFFICIAL.appid}&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&response_type=code&scope=snsapi_base&state=s&connect_redirect=1`;
      const desktop = await strict.get(path, { headers: { 'user-agent': 'Mozilla/5.0 Chrome/156.0' } });
      expect(desktop.status).toBe(200);
      expect(h4(desktop.text)).toBe('请在微信客户端打开链接');
      expect(desktop.text).toContain('<title>抱歉，出错了</title>');
      const wechat = await strict.get(path, { headers: { 'user-agent': 'Mozilla/5.0 MicroMessenger/8.0.50' } });
      expect(wechat.status).toBe(302);
    } finally {
      await strict.close();
    }
  });
});

it('shows the snsapi_userinfo consent page in the mobile layout, escaping the app name', async () => {
  const { appid } = await mock.apps.create({
    kind: 'official-account',
    name: '<b>Evil & Co</b>',
    callbackDomains: ['localhost'],
  });
  const page = await authorize({ appid, scope: 'snsapi_userinfo' });
  expect(page.text).toContain('<main class="mobile">');
  expect(page.text).toContain('<h1 class="app_name">&lt;b&gt;Evil &amp; Co&lt;/b&gt;</h1>');
  expect(page.text).toMatch(/<a class="deny" href="\/connect\/confirm\/deny\?uuid=[A-Za-z0-9]{16}">拒绝<\/a>/);
});

it('offers the consent as the phone page does: pick a persona, then a green 允许 or a grey 拒绝', async () => {
  const page = await authorize({ appid: OFFICIAL.appid, scope: 'snsapi_userinfo' });
  expect(page.text).toMatch(
    /<form method="get" action="\/connect\/confirm\/allow">\n<input type="hidden" name="uuid" value="[A-Za-z0-9]{16}">/,
  );
  expect(page.text).toMatch(
    /<label class="persona" data-persona="[a-z]+"><input type="radio" name="persona" value="[a-z]+" checked>/,
  );
  expect(page.text).toContain('<button class="weui_btn weui_btn_primary" type="submit">允许</button>');
  expect(page.text).toContain(
    '<button class="weui_btn weui_btn_default" type="submit" formaction="/connect/confirm/deny">拒绝</button>',
  );
  // What the form sends: the chosen persona allows, and the browser goes to the callback with a code.
  const uuid = /name="uuid" value="([A-Za-z0-9]{16})"/.exec(page.text)?.[1] ?? '';
  const allowed = await mock.get(`/connect/confirm/allow?uuid=${uuid}&persona=wangwu`);
  expect(allowed.status).toBe(302);
  expect(allowed.headers.get('location')).toMatch(/[?&]code=[A-Za-z0-9]{32}&state=/);
});

it('answers 拒绝 on the consent page without a redirect and without the desktop\'s "scan again"', async () => {
  const page = await authorize({ appid: OFFICIAL.appid, scope: 'snsapi_userinfo' });
  const uuid = /name="uuid" value="([A-Za-z0-9]{16})"/.exec(page.text)?.[1] ?? '';
  const denied = await mock.get(`/connect/confirm/deny?uuid=${uuid}&persona=wangwu`);
  expect(denied.status).toBe(200);
  expect(denied.headers.get('location')).toBeNull();
  expect(h4(denied.text)).toBe('已拒绝授权');
  expect(denied.text).not.toContain('再次扫描');
  expect((await mock.get(`/connect/confirm/allow?uuid=${uuid}&persona=wangwu`)).status).toBe(200);
});

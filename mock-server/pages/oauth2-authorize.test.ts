import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizePage } from '../../test-support/qr-login.js';
import { OFFICIAL, startTestMock, type TestMock } from '../../test-support/test-mock.js';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

const authorize = (params: Record<string, string>) => authorizePage(mock, params);
const h4 = (page: string) => /<h4 class="weui_msg_title">([^<]*)<\/h4>/.exec(page)?.[1];

// What WeChat shows on oauth2/authorize is specified in scenarios/catalogue/pages-authorize-*.ts (ADR 0024); here
// only the mock's personas, its consent page and its settings.
describe('GET /connect/oauth2/authorize (reference §2)', () => {
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

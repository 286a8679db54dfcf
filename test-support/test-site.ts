import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../mock-server/pages/html.js';
import { WEBSITE } from './test-mock.js';

export interface TestSite {
  readonly url: string;
  /** The state the site sends with every login. */
  readonly state: string;
  close(): Promise<void>;
}

/**
 * A tiny website on 127.0.0.1 as its developers would write it against WeChat, with the mock's base URL in
 * place of WeChat's hosts: `/` links to qrconnect ("WeChat login"), `/embedded?self_redirect=true|false`
 * embeds the QR code with wxLogin.js, and `/callback` shows the code and state it received.
 */
export async function startTestSite(mockUrl: string, state = 'st-42'): Promise<TestSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const callback = `${url.origin}/callback`;
    const page = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Test site</title></head><body>${body}</body></html>`,
      );
    };
    if (url.pathname === '/') {
      const login = `${mockUrl}/connect/qrconnect?appid=${WEBSITE.appid}&redirect_uri=${encodeURIComponent(callback)}&response_type=code&scope=snsapi_login&state=${state}#wechat_redirect`;
      return page(`<h1>Test site</h1><a id="wechat-login" href="${escapeHtml(login)}">WeChat login</a>`);
    }
    if (url.pathname === '/embedded') {
      const options = {
        self_redirect: url.searchParams.get('self_redirect') === 'true',
        id: 'login_container',
        appid: WEBSITE.appid,
        scope: 'snsapi_login',
        redirect_uri: encodeURIComponent(callback),
        state,
      };
      return page(`<h1>Test site, embedded login</h1><div id="login_container"></div>
<script src="${mockUrl}/connect/zh_CN/htmledition/js/wxLogin.js"></script>
<script>new WxLogin(${JSON.stringify(options)});</script>`);
    }
    if (url.pathname === '/callback') {
      const show = (name: string) => escapeHtml(url.searchParams.get(name) ?? '');
      return page(`<h1>Logged in</h1><p id="code">${show('code')}</p><p id="state">${show('state')}</p>`);
    }
    res.writeHead(404);
    res.end();
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

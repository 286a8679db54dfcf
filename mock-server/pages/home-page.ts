import type { Context } from 'koa';
import type { AppKind } from '../config/mock-config.js';
import { NO_SUBJECT } from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import type { App } from '../model/registry.js';
import { html } from './html.js';
import { pageLayout } from './page-layout.js';
import { answerAbout, type PageAnswer } from './page-result.js';

/** Where the project's documentation lives for someone who opened the mock in a browser. */
const PROJECT_URL = 'https://github.com/wechat-oauth-mock/wechat-oauth-mock';

/** The apps whose login has no page (ML§1, ML§6.1): their codes come from the control plane. */
const PAGELESS_LOGIN: Partial<Record<AppKind, string>> = { 'mini-program': 'wx.login', 'mobile-app': 'SDK login' };

const CSS = `
.home{max-width:860px;margin:0 auto;padding:24px 20px 40px;background:#fff;min-height:100vh;box-sizing:border-box}
.home h1{font-size:22px;margin:0 0 8px}.home h2{font-size:17px;margin:28px 0 8px}
.home p,.home li{font-size:14px;line-height:1.6}.home code{font-size:13px;background:#f2f2f2;padding:1px 4px;border-radius:3px}
.home table{border-collapse:collapse;width:100%;font-size:14px}.home th,.home td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
.home a{color:#576b95}`;

/**
 * `GET /`: what a person who opened the mock's address sees (mock-only; WeChat has no such page): what the
 * mock is, its apps with a link that starts a login in each, its personas, and where the control plane and
 * the documentation are. Every value comes from the registry and is escaped.
 */
export function homePage(ctx: Context, model: MockModel): PageAnswer {
  const { apps, personas } = model.registry;
  const origin = ctx.origin;
  const dashboard = model.config.control.enabled
    ? html`<li>Dashboard, to watch and steer this mock in the browser: <a href="/__mock/ui/">/__mock/ui/</a></li>`
    : '';
  return answerAbout(NO_SUBJECT)(
    pageLayout(
      'wechat-oauth-mock',
      html`<main class="home">
<span class="mock">mock</span>
<h1>wechat-oauth-mock</h1>
<p>A mock of WeChat's OAuth2 login: the website QR login (<code>/connect/qrconnect</code>), the official
account's web authorization (<code>/connect/oauth2/authorize</code>) and the <code>/sns/*</code> API, answering
as WeChat does. Point your application's <code>https://open.weixin.qq.com</code> and
<code>https://api.weixin.qq.com</code> at <code>${origin}</code>.</p>
<h2>Apps</h2>
<table><thead><tr><th>app</th><th>appid</th><th>callback domains</th><th></th></tr></thead><tbody>
${apps.map((app) => html`<tr><td>${app.name} (${app.kind})</td><td><code>${app.appid}</code></td><td>${app.callbackDomains.join(', ')}</td><td>${PAGELESS_LOGIN[app.kind] === undefined ? html`<a class="start-login" href="${startLoginUrl(app)}">start a login</a>` : html`${PAGELESS_LOGIN[app.kind]}: <code>POST /__mock/codes</code>`}</td></tr>`)}
</tbody></table>
<p>A login ends on <code>http://CALLBACK-DOMAIN:3000/callback?code=…&amp;state=home</code>: run your site there, or read the code from the address bar and exchange it at <code>/sns/oauth2/access_token</code>.</p>
<h2>Personas</h2>
<ul>${personas.map((persona) => html`<li><code>${persona.key}</code> ${persona.nickname}</li>`)}</ul>
<h2>More</h2>
<ul>
${dashboard}
<li>Control plane (an admin API; a token is needed when the mock listens beyond loopback): <a href="/__mock/health">/__mock/health</a>, <a href="/__mock/apps">/__mock/apps</a>, <a href="/__mock/journal">/__mock/journal</a></li>
<li>Documentation: <a href="${PROJECT_URL}#readme">README</a>, <a href="${PROJECT_URL}/blob/main/docs/wechat-behaviour.md">how WeChat behaves</a></li>
</ul>
</main>`,
      { css: CSS },
    ),
  );
}

/** The authorize URL that starts a login in `app`, with a callback on its first callback domain. */
function startLoginUrl(app: App): string {
  const redirectUri = encodeURIComponent(`http://${app.callbackDomains[0] ?? 'localhost'}:3000/callback`);
  return app.kind === 'website'
    ? `/connect/qrconnect?appid=${app.appid}&redirect_uri=${redirectUri}&response_type=code&scope=snsapi_login&state=home#wechat_redirect`
    : `/connect/oauth2/authorize?appid=${app.appid}&redirect_uri=${redirectUri}&response_type=code&scope=snsapi_userinfo&state=home#wechat_redirect`;
}

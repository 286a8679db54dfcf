import type { LoginSession } from '../model/login-sessions.js';
import type { Persona } from '../model/registry.js';
import { type Html, html } from './html.js';
import { appHeader, personaFace } from './mobile-parts.js';
import { pageLayout } from './page-layout.js';

/**
 * The official account's snsapi_userinfo consent page, in the shape of WeChat's mobile page (reference §2)
 * and like the website login's phone page: the account asks for the public profile, the person picks who
 * they are (the first persona chosen) and answers with the prominent green 允许 or the grey 拒绝. Without
 * a script: the form GETs `/connect/confirm/allow?uuid=&persona=`, and 拒绝 submits it to
 * `/connect/confirm/deny`. For scripts that follow links, a collapsed panel holds the same answers as plain
 * links (`a.persona[data-persona]`, `a.deny`). Everything carries only the session id; the session holds
 * redirect_uri and state, so nothing on the page can redirect elsewhere.
 */
export function consentPage(session: LoginSession, personas: readonly Persona[]): Html {
  const id = encodeURIComponent(session.id);
  const choices = personas.map(
    (persona, i) =>
      html`<li><label class="persona" data-persona="${persona.key}"><input type="radio" name="persona" value="${persona.key}"${i === 0 ? html` checked` : ''}>${personaFace(persona)}</label></li>`,
  );
  const shortcuts = personas.map((persona) => {
    const href = `/connect/confirm/allow?uuid=${id}&persona=${encodeURIComponent(persona.key)}`;
    return html`<li><a class="persona" data-persona="${persona.key}" href="${href}">${persona.nickname}</a></li>`;
  });
  const body = html`<main class="mobile">
${appHeader(session.app, '申请获得你的公开信息（昵称、头像等）')}
<form method="get" action="/connect/confirm/allow">
<input type="hidden" name="uuid" value="${session.id}">
<p class="pick">授权身份（模拟的微信用户）</p>
<ul class="personas">${choices}</ul>
<button class="weui_btn weui_btn_primary" type="submit">允许</button>
<button class="weui_btn weui_btn_default" type="submit" formaction="/connect/confirm/deny">拒绝</button>
</form>
<details class="mock_panel">
<summary><span class="mock">wechat-oauth-mock</span> 脚本用的直接链接</summary>
<ul class="shortcuts">${shortcuts}</ul>
<a class="deny" href="/connect/confirm/deny?uuid=${id}">拒绝</a>
</details>
</main>`;
  return pageLayout('微信授权', body);
}

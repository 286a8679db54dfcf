import type { LoginSession } from '../model/login-sessions.js';
import type { Persona } from '../model/registry.js';
import { type Html, html } from './html.js';
import { appHeader, personaFace } from './mobile-parts.js';
import { pageLayout } from './page-layout.js';

/**
 * The official account's snsapi_userinfo consent page, in the shape of WeChat's mobile page (reference §2):
 * the account asks for the public profile; each persona is a link that allows as that persona
 * (`a.persona[data-persona]`, so a script can follow it), and a deny link. The links carry only the
 * session id; the session holds redirect_uri and state, so nothing on the page can redirect elsewhere.
 */
export function consentPage(session: LoginSession, personas: readonly Persona[]): Html {
  const id = encodeURIComponent(session.id);
  const items = personas.map((persona) => {
    const href = `/connect/confirm/allow?uuid=${id}&persona=${encodeURIComponent(persona.key)}`;
    return html`<li><a class="persona" data-persona="${persona.key}" href="${href}">${personaFace(persona)}<span class="allow">允许</span></a></li>`;
  });
  const body = html`<main class="mobile">
${appHeader(session.app, '申请获得你的公开信息（昵称、头像等）')}
<p class="pick">选择以哪位用户的身份允许（模拟）</p>
<ul class="personas">${items}</ul>
<a class="deny" href="/connect/confirm/deny?uuid=${id}">拒绝</a>
</main>`;
  return pageLayout('微信授权', body);
}

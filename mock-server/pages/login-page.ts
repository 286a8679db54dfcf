import type { LoginSession } from '../model/login-sessions.js';
import type { Persona } from '../model/registry.js';
import { type Html, html } from './html.js';
import { pageLayout } from './page-layout.js';

const TEXTS = {
  cn: {
    title: '微信登录',
    qrconnect: (app: string) => `使用微信扫一扫登录「${app}」`,
    oauth2: (app: string) => `「${app}」申请获得你的公开信息（昵称、头像等）`,
    pick: '模拟扫码：选择一位用户并允许登录',
    allow: '允许',
    deny: '拒绝',
  },
  en: {
    title: 'WeChat Login',
    qrconnect: (app: string) => `Scan with WeChat to log in to "${app}"`,
    oauth2: (app: string) => `"${app}" asks for your public profile (nickname, avatar)`,
    pick: 'Simulated scan: pick a user and allow the login',
    allow: 'Allow',
    deny: 'Deny',
  },
} as const;

/**
 * The page where a person (or a script following links) approves a login: one link per persona that
 * allows as that persona, and a deny link. The links carry only the session id; the session holds
 * redirect_uri and state, so nothing the page echoes can redirect elsewhere.
 */
export function loginPage(session: LoginSession, personas: readonly Persona[]): Html {
  const t = TEXTS[session.lang];
  const id = encodeURIComponent(session.id);
  const items = personas.map((persona) => {
    const avatar =
      persona.headimgurl === ''
        ? html`<span class="noavatar"></span>`
        : html`<img src="${persona.headimgurl}" alt="" referrerpolicy="no-referrer">`;
    const href = `/connect/confirm/allow?uuid=${id}&persona=${encodeURIComponent(persona.key)}`;
    return html`<li><a class="persona" data-persona="${persona.key}" href="${href}">${avatar}<span class="nickname">${persona.nickname}</span><span class="allow">${t.allow}</span></a></li>`;
  });
  const body = html`<div class="wrap">
<span class="mock">wechat-oauth-mock</span>
<h1>${t.title}</h1>
<p class="sub">${session.flow === 'qrconnect' ? t.qrconnect(session.app.name) : t.oauth2(session.app.name)}</p>
<p class="sub">${t.pick}</p>
<ul class="personas">${items}</ul>
<a class="deny" href="/connect/confirm/deny?uuid=${id}">${t.deny}</a>
</div>`;
  return pageLayout(t.title, body, session.lang);
}

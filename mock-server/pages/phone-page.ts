import type { LoginSession } from '../model/login-sessions.js';
import type { Persona } from '../model/registry.js';
import { type Html, html } from './html.js';
import { appHeader, personaFace } from './mobile-parts.js';
import { pageLayout } from './page-layout.js';

const TEXTS = {
  cn: {
    title: '微信登录',
    ask: '申请使用你的微信帐号登录网站',
    pick: '登录身份（模拟扫码的微信用户）',
    allow: '允许',
    deny: '拒绝',
    confirmed: '已确认登录',
    confirmedHint: '请回到电脑上继续操作',
    denied: '已拒绝登录',
    deniedHint: '网站不会获得你的信息，可以关闭此页面',
  },
  en: {
    title: 'WeChat Login',
    ask: 'wants to log in to a website with your WeChat account',
    pick: 'Log in as (the simulated WeChat user)',
    allow: 'Allow',
    deny: 'Deny',
    confirmed: 'Login confirmed',
    confirmedHint: 'Go back to your computer to continue',
    denied: 'Login refused',
    deniedHint: 'The website gets nothing from your account; you can close this page',
  },
} as const;

/** The phone page's texts in the session's language. */
export const phoneTexts = (session: LoginSession) => TEXTS[session.lang];

/**
 * What the phone shows after scanning the QR code (reference §1.2): the website asking to log in, the
 * personas to log in as (the first one chosen), and Allow / Deny, posted back to the same URL.
 */
export function phonePage(session: LoginSession, personas: readonly Persona[]): Html {
  const t = phoneTexts(session);
  const items = personas.map(
    (persona, i) =>
      html`<li><label class="persona" data-persona="${persona.key}"><input type="radio" name="persona" value="${persona.key}"${i === 0 ? html` checked` : ''}>${personaFace(persona)}</label></li>`,
  );
  const body = html`<main class="mobile phone">
${appHeader(session.app, t.ask)}
<form method="post" action="/connect/confirm?uuid=${encodeURIComponent(session.id)}">
<p class="pick">${t.pick}</p>
<ul class="personas">${items}</ul>
<button class="weui_btn weui_btn_primary" type="submit" name="action" value="allow">${t.allow}</button>
<button class="weui_btn weui_btn_default" type="submit" name="action" value="deny">${t.deny}</button>
</form>
</main>`;
  return pageLayout(t.title, body, { lang: session.lang });
}

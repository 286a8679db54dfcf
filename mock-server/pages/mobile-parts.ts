import type { App, Persona } from '../model/registry.js';
import { type Html, html } from './html.js';

/** The top of WeChat's mobile authorization pages: the app's icon and name, and what it asks for. */
export function appHeader(app: App, ask: string): Html {
  return html`<span class="mock">wechat-oauth-mock</span>
<div class="app_icon" aria-hidden="true">${Array.from(app.name)[0] ?? ''}</div>
<h1 class="app_name">${app.name}</h1>
<p class="ask">${ask}</p>`;
}

/**
 * A persona as the pages show it: avatar and nickname. The avatar is the first letter of the nickname when
 * the persona has none or its image cannot be loaded (the demo personas' URLs are made up): `<object>`
 * shows its content when its data fails, without a script.
 */
export function personaFace(persona: Persona): Html {
  const initial = html`<span class="initial">${Array.from(persona.nickname)[0] ?? ''}</span>`;
  const avatar =
    persona.headimgurl === ''
      ? html`<span class="avatar">${initial}</span>`
      : html`<object class="avatar" data="${persona.headimgurl}" type="image/jpeg">${initial}</object>`;
  return html`${avatar}<span class="nickname">${persona.nickname}</span>`;
}

import type { App, Persona } from '../model/registry.js';
import { type Html, html } from './html.js';

/** The top of WeChat's mobile authorization pages: the app's icon and name, and what it asks for. */
export function appHeader(app: App, ask: string): Html {
  return html`<span class="mock">wechat-oauth-mock</span>
<div class="app_icon" aria-hidden="true">${Array.from(app.name)[0] ?? ''}</div>
<h1 class="app_name">${app.name}</h1>
<p class="ask">${ask}</p>`;
}

/** A persona as the pages show it: avatar (or a grey square when it has none) and nickname. */
export function personaFace(persona: Persona): Html {
  const avatar =
    persona.headimgurl === ''
      ? html`<span class="noavatar"></span>`
      : html`<img src="${persona.headimgurl}" alt="" referrerpolicy="no-referrer">`;
  return html`${avatar}<span class="nickname">${persona.nickname}</span>`;
}

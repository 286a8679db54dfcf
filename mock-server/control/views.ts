import type { App as AppView, Clock as ClockView, Persona as PersonaView } from '../../contract/index.js';
import type { Clock } from '../core/clock.js';
import type { App, Persona } from '../model/registry.js';

/** How the control plane shows the mock's state: the schemas of contract/mock-control.openapi.yaml. */
export const appView = (app: App): AppView => ({
  appid: app.appid,
  secret: app.secret,
  kind: app.kind,
  name: app.name,
  account: app.account,
  callbackDomains: [...app.callbackDomains],
});

export const personaView = (persona: Persona): PersonaView => ({
  key: persona.key,
  nickname: persona.nickname,
  sex: persona.sex,
  language: persona.language,
  headimgurl: persona.headimgurl,
  privilege: [...persona.privilege],
  profile: persona.profile,
  region: { ...persona.region },
});

export const clockView = (clock: Clock): ClockView => {
  const now = clock.now();
  return { now: new Date(now).toISOString(), epochMs: now, offsetMs: clock.offsetMs };
};

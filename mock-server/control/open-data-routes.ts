import type Router from '@koa/router';
import type { Context } from 'koa';
import type { OpenData, PhoneOpenData } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { makeOpenData, makePhoneOpenData } from '../model/open-data.js';
import { phoneInfo } from '../model/phone-info.js';
import type { App, Persona } from '../model/registry.js';
import { ControlError } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { requireString } from './require-string.js';

/** The mini-program, persona and live session_key an open-data request names (ML§3), or the control error. */
async function openDataSubject(
  ctx: Context,
  model: MockModel,
): Promise<{ app: App; persona: Persona; sessionKey: string }> {
  const body = await readJsonBody(ctx);
  const appid = requireString(body, 'appid');
  const personaKey = requireString(body, 'persona');
  const app = model.registry.app(appid);
  if (app === undefined) throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
  if (app.kind !== 'mini-program') {
    throw new ControlError(400, 'bad_request', `${appid} is a ${app.kind}; open data is a mini-program's (ML§3).`);
  }
  const persona = model.registry.persona(personaKey);
  if (persona === undefined) throw new ControlError(404, 'unknown_persona', `No persona has the key ${personaKey}.`);
  const sessionKey = model.sessionKeys.current(appid, personaKey);
  if (sessionKey === undefined) {
    throw new ControlError(
      409,
      'conflict',
      `${personaKey} holds no session_key for ${appid}: exchange a wx.login code at /sns/jscode2session first.`,
    );
  }
  return { app, persona, sessionKey };
}

/** The open data wx.getUserProfile and getPhoneNumber would hand a mini-program, under the live session_key (ML§3, ML§4). */
export function openDataRoutes(router: Router, model: MockModel): void {
  router.post('/open-data', async (ctx) => {
    const { app, persona, sessionKey } = await openDataSubject(ctx, model);
    const { appid } = app;
    reply(
      ctx,
      makeOpenData(persona, {
        appid,
        openid: model.registry.openid(app, persona),
        unionid: model.registry.unionid(app, persona),
        sessionKey,
        timestamp: Math.floor(model.clock.now() / 1000),
        iv: model.ids.openDataIv(),
      }) satisfies OpenData,
    );
  });

  router.post('/open-data/phone', async (ctx) => {
    const { app, persona, sessionKey } = await openDataSubject(ctx, model);
    if (persona.phone === null) {
      throw new ControlError(409, 'conflict', `The persona ${persona.key} has no phone number (ML§4.1).`);
    }
    const info = phoneInfo(persona.phone, model.clock.now(), app.appid);
    reply(ctx, makePhoneOpenData(info, sessionKey, model.ids.openDataIv()) satisfies PhoneOpenData);
  });
}

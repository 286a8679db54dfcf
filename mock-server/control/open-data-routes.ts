import type Router from '@koa/router';
import type { OpenData } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import { makeOpenData } from '../model/open-data.js';
import { ControlError } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { requireString } from './require-string.js';

/** The open data wx.getUserProfile would hand a mini-program, under the persona's live session_key (ML§3). */
export function openDataRoutes(router: Router, model: MockModel): void {
  router.post('/open-data', async (ctx) => {
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
}

import type Router from '@koa/router';
import type { FollowerView } from '../../contract/index.js';
import { readFollow } from '../config/read-followers.js';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { readInput } from './read-input.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';

/** Who follows an official account (ML§7): what `GET /cgi-bin/user/info` answers as `subscribe`. */
export function followerRoutes(router: Router, model: MockModel): void {
  const subject = (appid: string, key: string) => {
    const app = model.registry.app(appid);
    if (app === undefined) throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
    const persona = model.registry.persona(key);
    if (persona === undefined) throw new ControlError(404, 'unknown_persona', `No persona has the key ${key}.`);
    return { app, persona };
  };

  router.put('/apps/:appid/followers/:key', async (ctx) => {
    const { app, persona } = subject(ctx.params.appid as string, ctx.params.key as string);
    if (app.kind !== 'official-account') {
      throw new ControlError(
        400,
        'bad_request',
        `Only an official account has followers (ML§7); ${app.appid} is a ${app.kind}.`,
      );
    }
    const body = await readJsonBody(ctx);
    // subscribe_time is in whole seconds (ML§7).
    const now = new Date(Math.floor(model.clock.now() / 1000) * 1000).toISOString();
    const follower = readInput('The follow', (r) => readFollow(r, body, '', now, persona.key));
    reply(ctx, { ...model.registry.follow(app, follower) } satisfies FollowerView);
  });

  router.delete('/apps/:appid/followers/:key', (ctx) => {
    const { app, persona } = subject(ctx.params.appid as string, ctx.params.key as string);
    if (!model.registry.unfollow(app, persona.key)) {
      throw new ControlError(404, 'unknown_follower', `${persona.key} does not follow ${app.appid}.`);
    }
    ctx.status = 204;
  });
}

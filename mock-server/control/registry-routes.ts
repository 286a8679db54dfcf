import type Router from '@koa/router';
import type { PersonaIdentities } from '../../contract/index.js';
import type { Reader } from '../config/config-reader.js';
import type { AppConfig } from '../config/mock-config.js';

import { readApp } from '../config/read-app.js';
import { readPersona } from '../config/read-persona.js';
import type { MockModel } from '../model/mock-model.js';
import { ControlError } from './control-error.js';
import { readInput } from './read-input.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { accountView, appView, personaView } from './views.js';

const ACCOUNT_ID = /^[A-Za-z0-9._-]{1,64}$/;
const ACCOUNT_ID_EXPECTED = '1 to 64 characters of A-Z, a-z, 0-9, ., _ or -';

/** Apps, Open Platform accounts and personas: listed, created, read and deleted at runtime. */
export function registryRoutes(router: Router, model: MockModel): void {
  const app = (appid: string) => {
    const found = model.registry.app(appid);
    if (found === undefined) throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
    return found;
  };
  const persona = (key: string) => {
    const found = model.registry.persona(key);
    if (found === undefined) throw new ControlError(404, 'unknown_persona', `No persona has the key ${key}.`);
    return found;
  };
  const account = (id: string) => {
    const found = model.registry.account(id);
    if (found === undefined)
      throw new ControlError(404, 'unknown_account', `No Open Platform account has the id ${id}.`);
    return found;
  };

  // The account an app names is created with it: its id must be one POST /accounts would take. Its
  // followers are personas the mock knows (ML§7).
  const checkAccount = (r: Reader, config: AppConfig) => {
    if (config.account !== null && config.account !== '' && !ACCOUNT_ID.test(config.account)) {
      r.fail('account', `expected ${ACCOUNT_ID_EXPECTED}, got ${JSON.stringify(config.account)}`);
    }
    config.followers.forEach((follower, index) => {
      if (model.registry.persona(follower.persona) === undefined) {
        r.fail(`followers[${index}].persona`, `expected the key of a persona, got ${JSON.stringify(follower.persona)}`);
      }
    });
  };

  router.get('/apps', (ctx) => {
    reply(ctx, { apps: model.registry.apps.map(appView) });
  });
  router.post('/apps', async (ctx) => {
    const body = await readJsonBody(ctx);
    const config = readInput('The app', (r) => readApp(r, body, '', model.config.seed), checkAccount);
    if (model.registry.app(config.appid) !== undefined) {
      throw new ControlError(409, 'conflict', `An app with the appid ${config.appid} already exists.`);
    }
    ctx.status = 201;
    reply(ctx, appView(model.registry.addApp(config)));
  });
  router.get('/apps/:appid', (ctx) => {
    reply(ctx, appView(app(ctx.params.appid as string)));
  });
  // An edit keeps the appid: the path names the app, a body appid must agree with it.
  router.put('/apps/:appid', async (ctx) => {
    const { appid } = app(ctx.params.appid as string);
    const body = await readJsonBody(ctx);
    const config = readInput(
      'The app',
      (r) => {
        if (body.appid !== undefined && body.appid !== appid) {
          r.fail('appid', `expected the appid of the path, ${appid}, or nothing, got ${JSON.stringify(body.appid)}`);
        }
        return readApp(r, { ...body, appid }, '', model.config.seed);
      },
      checkAccount,
    );
    reply(ctx, appView(model.registry.addApp(config)));
  });
  router.delete('/apps/:appid', (ctx) => {
    model.removeApp(app(ctx.params.appid as string).appid);
    ctx.status = 204;
  });

  router.get('/accounts', (ctx) => {
    reply(ctx, { accounts: model.registry.accounts.map((a) => accountView(a, model.registry)) });
  });
  router.post('/accounts', async (ctx) => {
    const body = await readJsonBody(ctx);
    const id = readInput('The account', (r) => {
      const o = r.object(body, '', ['id']);
      return r.string(o.id, 'id', '', {
        pattern: ACCOUNT_ID,
        expected: ACCOUNT_ID_EXPECTED,
      });
    });
    if (model.registry.account(id) !== undefined) {
      throw new ControlError(409, 'conflict', `An Open Platform account with the id ${id} already exists.`);
    }
    ctx.status = 201;
    reply(ctx, accountView(model.registry.addAccount(id), model.registry));
  });
  router.get('/accounts/:id', (ctx) => {
    reply(ctx, accountView(account(ctx.params.id as string), model.registry));
  });
  router.delete('/accounts/:id', (ctx) => {
    const { id } = account(ctx.params.id as string);
    if (!model.registry.removeAccount(id)) {
      const apps = model.registry.appsOf(id).join(', ');
      throw new ControlError(
        409,
        'conflict',
        `The account ${id} still has apps bound to it (${apps}); delete them first.`,
      );
    }
    ctx.status = 204;
  });

  router.get('/personas', (ctx) => {
    reply(ctx, { personas: model.registry.personas.map(personaView) });
  });
  router.post('/personas', async (ctx) => {
    const body = await readJsonBody(ctx);
    const config = readInput('The persona', (r) => readPersona(r, body, '', model.config.seed));
    if (model.registry.persona(config.key) !== undefined) {
      throw new ControlError(409, 'conflict', `A persona with the key ${config.key} already exists.`);
    }
    ctx.status = 201;
    reply(ctx, personaView(model.registry.addPersona(config)));
  });
  router.get('/personas/:key', (ctx) => {
    reply(ctx, personaView(persona(ctx.params.key as string)));
  });
  // An edit keeps the key (openids and unionids derive from it): a body key must agree with the path.
  router.put('/personas/:key', async (ctx) => {
    const { key } = persona(ctx.params.key as string);
    const body = await readJsonBody(ctx);
    const config = readInput('The persona', (r) => {
      if (body.key !== undefined && body.key !== key) {
        r.fail('key', `expected the key of the path, ${key}, or nothing, got ${JSON.stringify(body.key)}`);
      }
      return readPersona(r, { ...body, key }, '', model.config.seed);
    });
    reply(ctx, personaView(model.registry.addPersona(config)));
  });
  router.get('/personas/:key/identities', (ctx) => {
    const found = persona(ctx.params.key as string);
    const identities = model.registry.apps.map((a) => ({
      appid: a.appid,
      openid: model.registry.openid(a, found),
      unionid: model.registry.unionid(a, found),
    }));
    reply(ctx, { persona: found.key, identities } satisfies PersonaIdentities);
  });
  router.delete('/personas/:key', (ctx) => {
    model.removePersona(persona(ctx.params.key as string).key);
    ctx.status = 204;
  });
}

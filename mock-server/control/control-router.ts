import Router from '@koa/router';
import type { MintedCode } from '../../contract/index.js';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { defaultScope, scopesByKind } from '../model/scopes.js';
import { ControlError, controlErrors } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { appView, clockView, personaView } from './views.js';

function isScope(value: unknown): value is MintedCode['scope'] {
  return value === 'snsapi_login' || value === 'snsapi_base' || value === 'snsapi_userinfo';
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new ControlError(400, 'bad_request', `"${field}" must be a non-empty string.`);
  }
  return value;
}

/** The control plane under /__mock/ (contract/mock-control.openapi.yaml). */
export function createControlRouter(model: MockModel, logger: Logger): Router {
  const router = new Router({ prefix: '/__mock' });
  router.use(controlErrors((error) => logger.error('control request failed', error)));

  router.get('/health', (ctx) => {
    ctx.body = { status: 'ok' };
  });

  router.get('/apps', (ctx) => {
    ctx.body = { apps: model.registry.apps.map(appView) };
  });

  router.get('/personas', (ctx) => {
    ctx.body = { personas: model.registry.personas.map(personaView) };
  });

  // A code as if the persona had approved the login: tests skip the browser with it.
  router.post('/codes', async (ctx) => {
    const body = await readJsonBody(ctx);
    const appid = requireString(body, 'appid');
    const personaKey = requireString(body, 'persona');
    const app = model.registry.app(appid);
    if (app === undefined) throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
    const persona = model.registry.persona(personaKey);
    if (persona === undefined) throw new ControlError(404, 'unknown_persona', `No persona has the key ${personaKey}.`);
    const scope = body.scope === undefined ? defaultScope[app.kind] : body.scope;
    const allowed = scopesByKind[app.kind];
    if (!isScope(scope) || !allowed.includes(scope)) {
      throw new ControlError(
        400,
        'bad_scope',
        `A ${app.kind} app takes scope ${allowed.join(' or ')}, not ${JSON.stringify(scope)}.`,
      );
    }
    const { code, expiresAt } = model.codes.mint(app, persona, scope);
    ctx.state.appid = appid;
    ctx.status = 201;
    ctx.body = {
      code,
      appid,
      persona: personaKey,
      scope,
      expiresAt: new Date(expiresAt).toISOString(),
    } satisfies MintedCode;
  });

  router.get('/clock', (ctx) => {
    ctx.body = clockView(model.clock);
  });

  router.post('/clock/advance', async (ctx) => {
    const { seconds } = await readJsonBody(ctx);
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new ControlError(400, 'bad_request', '"seconds" must be a number of seconds, 0 or more.');
    }
    model.clock.advance(seconds * 1000);
    model.tokens.sweep();
    ctx.body = clockView(model.clock);
  });

  router.post('/reset', (ctx) => {
    model.reset();
    ctx.body = { status: 'reset' };
  });

  router.all('/{*rest}', () => {
    throw new ControlError(404, 'not_found', 'No such control endpoint; see contract/mock-control.openapi.yaml.');
  });
  return router;
}

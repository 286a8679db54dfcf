import type Router from '@koa/router';
import { CODE_KINDS, type GrantListView, type MintedCode, SCOPES, type Scope } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import type { MockModel } from '../model/mock-model.js';
import type { App, Persona } from '../model/registry.js';
import { defaultScope, scopesByKind } from '../model/scopes.js';
import { ControlError } from './control-error.js';
import { readJsonBody } from './read-json-body.js';
import { reply } from './reply.js';
import { requireString } from './require-string.js';
import { grantView, tokenStateView } from './views.js';
import { wholeNumberParam } from './whole-number-param.js';

function isScope(value: unknown): value is Scope {
  return (SCOPES as readonly unknown[]).includes(value);
}

/**
 * The getPhoneNumber button's code for a mini-program (ML§4.1): only for a persona with a number (the button gives
 * none otherwise), without a scope.
 */
function mintPhoneCode(model: MockModel, app: App, persona: Persona, scope: unknown): MintedCode {
  if (app.kind !== 'mini-program') {
    throw new ControlError(400, 'bad_request', `Phone codes are a mini-program's (ML§4.1); this app is a ${app.kind}.`);
  }
  if (scope !== undefined) throw new ControlError(400, 'bad_scope', 'A phone code has no scope; leave "scope" out.');
  if (persona.phone === null) {
    throw new ControlError(
      409,
      'conflict',
      `The persona ${persona.key} has no phone number, so the getPhoneNumber button gives no code (ML§4.1).`,
    );
  }
  const { code, expiresAt } = model.phoneCodes.mint(app, persona, persona.phone);
  return { code, kind: 'phone', appid: app.appid, persona: persona.key, expiresAt: new Date(expiresAt).toISOString() };
}

/** Codes minted without a browser, and tokens expired or revoked one by one. */
export function grantRoutes(router: Router, model: MockModel): void {
  // A code as if the persona had approved the login: tests skip the browser with it.
  router.post('/codes', async (ctx) => {
    const body = await readJsonBody(ctx);
    const appid = requireString(body, 'appid');
    const personaKey = requireString(body, 'persona');
    const app = model.registry.app(appid);
    if (app === undefined) throw new ControlError(404, 'unknown_app', `No app has the appid ${appid}.`);
    const persona = model.registry.persona(personaKey);
    if (persona === undefined) throw new ControlError(404, 'unknown_persona', `No persona has the key ${personaKey}.`);
    if (body.kind === 'phone') {
      ctx.status = 201;
      reply(ctx, mintPhoneCode(model, app, persona, body.scope));
      return;
    }
    if (body.kind !== undefined && !(CODE_KINDS as readonly unknown[]).includes(body.kind)) {
      throw new ControlError(
        400,
        'bad_request',
        `"kind" is ${CODE_KINDS.join(' or ')}, not ${JSON.stringify(body.kind)}.`,
      );
    }
    const requested: unknown = body.scope === undefined ? defaultScope[app.kind] : body.scope;
    const allowed = scopesByKind[app.kind];
    let scope: Scope | null;
    // A mini-program's code is the one wx.login gives, which has no scope (ML§1).
    if (requested === null && allowed.length === 0) scope = null;
    else if (isScope(requested) && allowed.includes(requested)) scope = requested;
    else {
      throw new ControlError(
        400,
        'bad_scope',
        allowed.length === 0
          ? `A ${app.kind} app's code has no scope; leave "scope" out.`
          : `A ${app.kind} app takes scope ${allowed.join(' or ')}, not ${JSON.stringify(requested)}.`,
      );
    }
    const { code, expiresAt } = model.codes.mint(app, persona, scope ?? '');
    ctx.status = 201;
    reply(ctx, {
      code,
      kind: 'login',
      appid,
      persona: personaKey,
      ...(scope === null ? {} : { scope }),
      expiresAt: new Date(expiresAt).toISOString(),
    } satisfies MintedCode);
  });

  // The grants with their tokens in full, so that a person can pick one to expire or revoke (the dashboard).
  router.get('/grants', (ctx) => {
    const appid = queryParam(ctx.query, 'appid');
    const persona = queryParam(ctx.query, 'persona');
    const limit = wholeNumberParam(ctx, 'limit', 100, 1, 1000);
    const grants = model.tokens
      .grants()
      .filter(
        (g) => (appid === undefined || g.app.appid === appid) && (persona === undefined || g.persona.key === persona),
      )
      .slice(0, limit);
    reply(ctx, { grants: grants.map(grantView) } satisfies GrantListView);
  });

  const unknownToken = () =>
    new ControlError(404, 'unknown_token', 'The mock holds no grant with this access_token or refresh_token.');

  router.post('/tokens/expire', async (ctx) => {
    const token = requireString(await readJsonBody(ctx), 'token');
    const expired = model.tokens.expire(token);
    if (expired === undefined) throw unknownToken();
    reply(ctx, tokenStateView(expired.grant, expired.kind));
  });

  router.post('/tokens/revoke', async (ctx) => {
    const grant = model.tokens.revoke(requireString(await readJsonBody(ctx), 'token'));
    if (grant === undefined) throw unknownToken();
    reply(ctx, { revoked: true, appid: grant.app.appid, persona: grant.persona.key });
  });
}

import type { Context } from 'koa';
import { PageError } from '../../contract/index.js';
import { queryParam } from '../core/query-param.js';
import { requestQuery } from '../core/request-query.js';
import type { MockModel } from '../model/mock-model.js';
import { scopesByKind } from '../model/scopes.js';
import { callbackUrl } from './callback-url.js';
import { consentPage } from './consent-page.js';
import { errorPage } from './error-page.js';
import { answerAbout, type PageAnswer, redirectTo } from './page-result.js';
import { redirectUriAllowed } from './redirect-uri.js';

/** WeChat's documented limit on state for official-account authorization (reference §2). */
const MAX_STATE_BYTES = 128;

/**
 * `GET /connect/oauth2/authorize`, the official-account web authorization (reference §2). The first
 * request is 301-redirected to itself with `connect_redirect=1`, as WeChat does. snsapi_base redirects
 * at once with a code for the persona in `mock_persona` (a mock-only parameter) or the default persona;
 * snsapi_userinfo shows a consent page. With `fidelity.requireWeChatBrowser`, a browser that is not
 * WeChat's (no `MicroMessenger` in its User-Agent) gets "请在微信客户端打开链接" instead (reference §2).
 */
export function oauth2Authorize(ctx: Context, model: MockModel): PageAnswer {
  const q = (name: string) => queryParam(requestQuery(ctx), name);
  const nobody = answerAbout({ appid: undefined, persona: undefined });
  if (q('connect_redirect') === undefined) {
    return nobody(
      redirectTo(`${ctx.path}?${ctx.querystring}${ctx.querystring === '' ? '' : '&'}connect_redirect=1`, 301),
    );
  }
  if (model.config.fidelity.requireWeChatBrowser && !ctx.get('User-Agent').includes('MicroMessenger')) {
    return nobody(errorPage(PageError.OpenInWeChat, undefined, '抱歉，出错了'));
  }
  const answer = answerAbout({ appid: q('appid'), persona: undefined });
  const app = model.registry.app(q('appid') ?? '');
  if (app === undefined) return answer(errorPage(PageError.AppidInvalid));
  const scope = q('scope') ?? '';
  if (!scopesByKind['official-account'].includes(scope) || app.kind !== 'official-account') {
    return answer(errorPage(PageError.ScopeInvalid));
  }
  const redirectUri = q('redirect_uri');
  if (redirectUri === undefined || !redirectUriAllowed(redirectUri, app, model.config.fidelity.strictRedirectPorts)) {
    return answer(errorPage(PageError.OaRedirectDomainMismatch));
  }
  const state = q('state') ?? '';
  if (Buffer.byteLength(state, 'utf8') > MAX_STATE_BYTES) return answer(errorPage(PageError.StateTooLong));
  if (scope === 'snsapi_userinfo') {
    const session = model.sessions.open({ flow: 'oauth2', app, redirectUri, state, scope, lang: 'cn' });
    return answer(consentPage(session, model.registry.personas));
  }
  const personaKey = q('mock_persona') ?? model.config.defaultPersona;
  const persona = model.registry.persona(personaKey);
  if (persona === undefined) {
    return answer(errorPage(PageError.LinkUnavailable, `mock_persona: no persona has the key ${personaKey}`));
  }
  const { code } = model.codes.mint(app, persona, scope);
  return {
    appid: app.appid,
    persona: persona.key,
    result: redirectTo(callbackUrl('oauth2', redirectUri, code, state)),
  };
}

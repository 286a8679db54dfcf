import Router from '@koa/router';
import Koa, { type Context } from 'koa';
import type { StateGuard, TokenSet, UserInfoResponse, WeChatOAuthClient } from 'wechat-oauth-mock/client';
import { escapeHtml, page } from './html.js';
import { loginErrorMessage, stateRefusalMessage } from './login-error-message.js';
import { SessionStore } from './session-store.js';

export interface WebsiteOptions {
  /** The WeChat client, with the app's appid and secret and the hosts to talk to. */
  readonly client: WeChatOAuthClient;
  /** Signs and checks the login's state. */
  readonly stateGuard: StateGuard;
  /** The site's own base URL as the browser sees it, e.g. `http://localhost:3000`. */
  readonly publicUrl: string;
}

const COOKIE = 'sid';
/** The callback path of the original Flask example. */
export const CALLBACK_PATH = '/authorization';

/**
 * The example website: a home page with a WeChat login link, `/login` sending the browser to WeChat's QR
 * page with a signed state, the callback that checks the state, exchanges the code once and reads the
 * profile, a page showing the user (refreshing the token when WeChat says it expired), and logout.
 */
export function createWebsite(options: WebsiteOptions): Koa {
  const { client, stateGuard } = options;
  const sessions = new SessionStore(() => client.clock.now());
  const callbackUrl = new URL(CALLBACK_PATH, options.publicUrl).href;
  const router = new Router();

  const sessionOf = (ctx: Context) => {
    const id = ctx.cookies.get(COOKIE);
    return { id, session: sessions.get(id) };
  };
  const setSessionCookie = (ctx: Context, id: string) =>
    ctx.cookies.set(COOKIE, id, { httpOnly: true, sameSite: 'lax', overwrite: true });
  const fail = (ctx: Context, message: string) => {
    ctx.status = 400;
    ctx.body = page(
      'Sign-in failed',
      `<h1>Sign-in failed</h1><p class="error">${escapeHtml(message)}</p><p><a href="/login">Sign in with WeChat again</a></p>`,
    );
  };

  router.get('/', (ctx) => {
    const user = sessionOf(ctx).session?.user;
    ctx.body = page(
      'Example site',
      user === undefined
        ? '<h1>Example site</h1><p><a class="wechat" href="/login">weixin login!</a></p>'
        : `<h1>Example site</h1><p>Signed in as <a href="/me">${escapeHtml(user.nickname)}</a>.</p>${logoutForm}`,
    );
  });

  router.get('/login', (ctx) => {
    let { id, session } = sessionOf(ctx);
    if (id === undefined || session === undefined) {
      ({ id } = sessions.create());
      setSessionCookie(ctx, id);
    }
    ctx.redirect(client.qrConnectUrl({ redirectUri: callbackUrl, state: stateGuard.issue(id) }));
  });

  router.get(CALLBACK_PATH, async (ctx) => {
    const { id, session } = sessionOf(ctx);
    const code = typeof ctx.query.code === 'string' ? ctx.query.code : '';
    const state = typeof ctx.query.state === 'string' ? ctx.query.state : undefined;
    // The state is checked first, so a forged or replayed callback never reaches WeChat.
    const check = stateGuard.verify(state, id === undefined || session === undefined ? '' : id);
    if (!check.ok) return fail(ctx, stateRefusalMessage(check.reason));
    // A denied login (reference §2: no code, or passport-wechat's `authdeny`).
    if (code === '' || code === 'authdeny') return fail(ctx, 'You cancelled the WeChat login.');
    let tokens: TokenSet;
    try {
      tokens = await client.login(code);
    } catch (error) {
      return fail(ctx, loginErrorMessage(error));
    }
    // A new session id for the logged-in visitor; the profile is read by /me.
    setSessionCookie(ctx, sessions.renew(id as string, { tokens: tokens.toJSON() }));
    ctx.redirect('/me');
  });

  router.get('/me', async (ctx) => {
    const { id, session } = sessionOf(ctx);
    if (session?.tokens === undefined) return ctx.redirect('/');
    const tokens = client.restoreTokens(session.tokens);
    try {
      // Reads the profile afresh; TokenSet refreshes first when WeChat says the token expired (42001).
      if (tokens.canReadUserInfo) session.user = await tokens.userInfo();
    } catch (error) {
      // Refresh failed too (42002, 40030) or WeChat is away: a clean re-login, never a 5xx.
      sessions.delete(id);
      return fail(ctx, loginErrorMessage(error));
    }
    session.tokens = tokens.toJSON();
    ctx.body = page('Your WeChat profile', profile(session.user, tokens));
  });

  router.post('/logout', (ctx) => {
    sessions.delete(ctx.cookies.get(COOKIE));
    ctx.cookies.set(COOKIE, null);
    ctx.redirect('/');
  });

  const app = new Koa();
  app.use(router.routes()).use(router.allowedMethods());
  return app;
}

const logoutForm = '<form method="post" action="/logout"><button type="submit">Log out</button></form>';

function profile(user: UserInfoResponse | undefined, tokens: TokenSet): string {
  const rows: [string, string][] = [
    ['openid', tokens.openid],
    ['unionid', tokens.unionid ?? '(none)'],
    ['scope', tokens.scope],
  ];
  // The nickname's first letter stands in for an avatar that is missing or cannot be loaded (an <object>
  // shows its content when its data fails, without a script), as the mock's pages do.
  const initial = `<span class="initial">${escapeHtml(Array.from(user?.nickname ?? 'W')[0] ?? 'W')}</span>`;
  const avatar =
    user === undefined || user.headimgurl === ''
      ? `<span class="avatar">${initial}</span>`
      : `<object class="avatar" data="${escapeHtml(user.headimgurl)}" type="image/jpeg">${initial}</object>`;
  const list = rows.map(([key, value]) => `<dt>${key}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return `<h1>${avatar}<span class="nickname">${escapeHtml(user?.nickname ?? 'WeChat user')}</span></h1>
<dl>${list}</dl>
<p><a href="/">Home</a></p>${logoutForm}`;
}

import { randomBytes } from 'node:crypto';
import Router from '@koa/router';
import Koa from 'koa';

/**
 * The careless habits a WeChat login can have, each switchable, so that verify-client can be shown to fail a
 * site exactly where it is careless (and to pass it with none):
 * - `fixed-state`: a fixed state that nobody checks (so tampered, missing and replayed callbacks get exchanged);
 * - `userinfo-whatever`: userinfo asked for whatever the exchange answered, `access_token=undefined` after a
 *   failed exchange (a call that names no app the mock knows);
 * - `errors-as-500`: WeChat's errors left to become HTTP 500;
 * - `wrong-appid`: the code exchanged naming another app (a staging appid left in the configuration);
 * - `secret-to-userinfo`: the app secret sent along to /sns/userinfo, which never needs it;
 * - `no-refresh`: 42001 on userinfo treated as any other error, no refresh;
 * - `refresh-unknown-token`: after 42001 a refresh with a refresh_token the site never received.
 */
export type CarelessHabit =
  | 'fixed-state'
  | 'userinfo-whatever'
  | 'errors-as-500'
  | 'wrong-appid'
  | 'secret-to-userinfo'
  | 'no-refresh'
  | 'refresh-unknown-token';

/** The habits of the seed's Flask example, the default. */
export const SEED_HABITS: readonly CarelessHabit[] = [
  'fixed-state',
  'userinfo-whatever',
  'errors-as-500',
  'no-refresh',
];

export interface CarelessWebsiteOptions {
  readonly mockUrl: string;
  readonly appid: string;
  readonly secret: string;
  readonly publicUrl: string;
  /** Default SEED_HABITS; `[]` is a careful site. */
  readonly habits?: readonly CarelessHabit[];
}

type WeChatAnswer = Record<string, unknown>;

/** A WeChat login with the habits chosen; it always keeps the secret on the server. */
export function createCarelessWebsite(options: CarelessWebsiteOptions) {
  const habits = new Set(options.habits ?? SEED_HABITS);
  const sns = async (path: string, params: Record<string, string>): Promise<WeChatAnswer> =>
    (await (await fetch(`${options.mockUrl}${path}?${new URLSearchParams(params)}`)).json()) as WeChatAnswer;
  /** WeChat refused: a 500 with the careless habit, a page saying so without it. */
  const refused = (ctx: Koa.Context, step: string, answer: WeChatAnswer) => {
    if (habits.has('errors-as-500')) throw new Error(`${step} failed: ${JSON.stringify(answer)}`);
    ctx.status = 200;
    ctx.body = `<p>WeChat login failed (${step}: ${String(answer.errcode)}). <a href="/login">Try again</a></p>`;
  };

  const router = new Router();
  router.get('/login', (ctx) => {
    const state = habits.has('fixed-state') ? 'STATE' : randomBytes(16).toString('hex');
    if (!habits.has('fixed-state')) ctx.cookies.set('login_state', state, { httpOnly: true });
    const query = new URLSearchParams({
      appid: options.appid,
      redirect_uri: `${options.publicUrl}/authorization`,
      response_type: 'code',
      scope: 'snsapi_login',
      state,
    });
    ctx.redirect(`${options.mockUrl}/connect/qrconnect?${query}#wechat_redirect`);
  });
  router.get('/authorization', async (ctx) => {
    if (!habits.has('fixed-state')) {
      const expected = ctx.cookies.get('login_state');
      ctx.cookies.set('login_state', null);
      if (expected === undefined || ctx.query.state !== expected) {
        ctx.status = 400;
        ctx.body = '<p>This login link is not valid any more. <a href="/login">Log in again</a></p>';
        return;
      }
    }
    const tokens = await sns('/sns/oauth2/access_token', {
      appid: habits.has('wrong-appid') ? 'wx0123456789abcdef' : options.appid,
      secret: options.secret,
      code: String(ctx.query.code),
      grant_type: 'authorization_code',
    });
    if (tokens.errcode && !habits.has('userinfo-whatever')) return refused(ctx, 'code exchange', tokens);
    const userinfo = (accessToken: unknown) =>
      sns('/sns/userinfo', {
        access_token: String(accessToken),
        openid: String(tokens.openid),
        ...(habits.has('secret-to-userinfo') ? { secret: options.secret } : {}),
      });
    let user = await userinfo(tokens.access_token);
    if (user.errcode === 42001 && !habits.has('no-refresh')) {
      const refreshed = await sns('/sns/oauth2/refresh_token', {
        appid: options.appid,
        grant_type: 'refresh_token',
        refresh_token: habits.has('refresh-unknown-token') ? 'undefined' : String(tokens.refresh_token),
      });
      if (refreshed.errcode) return refused(ctx, 'token refresh', refreshed);
      user = await userinfo(refreshed.access_token);
    }
    if (user.errcode) return refused(ctx, 'userinfo', user);
    ctx.body = `<p>Hello ${String(user.nickname)}</p>`;
  });
  const app = new Koa();
  app.silent = true;
  app.use(router.routes());
  return app;
}

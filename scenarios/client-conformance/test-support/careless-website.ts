import Router from '@koa/router';
import Koa from 'koa';

/**
 * A deliberately careless WeChat login, like the seed's Flask example: a fixed state that nobody checks, a
 * code exchange on every callback, userinfo asked for whatever the exchange answered, and WeChat's errors
 * left to become HTTP 500. It does keep the secret on the server. verify-client must fail it exactly where
 * it is careless.
 */
export function createCarelessWebsite(options: { mockUrl: string; appid: string; secret: string; publicUrl: string }) {
  const router = new Router();
  router.get('/login', (ctx) => {
    const query = new URLSearchParams({
      appid: options.appid,
      redirect_uri: `${options.publicUrl}/authorization`,
      response_type: 'code',
      scope: 'snsapi_login',
      state: 'STATE',
    });
    ctx.redirect(`${options.mockUrl}/connect/qrconnect?${query}#wechat_redirect`);
  });
  router.get('/authorization', async (ctx) => {
    const exchange = new URLSearchParams({
      appid: options.appid,
      secret: options.secret,
      code: String(ctx.query.code),
      grant_type: 'authorization_code',
    });
    const tokens = (await (await fetch(`${options.mockUrl}/sns/oauth2/access_token?${exchange}`)).json()) as Record<
      string,
      string
    >;
    const info = new URLSearchParams({ access_token: String(tokens.access_token), openid: String(tokens.openid) });
    const user = (await (await fetch(`${options.mockUrl}/sns/userinfo?${info}`)).json()) as Record<string, unknown>;
    if (user.errcode) throw new Error(`userinfo failed: ${JSON.stringify(user)}`);
    ctx.body = `<p>Hello ${String(user.nickname)}</p>`;
  });
  const app = new Koa();
  app.silent = true;
  app.use(router.routes());
  return app;
}

import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import { type StateGuard, WeChatApiError, type WeChatOAuthClient } from 'wechat-oauth-mock/client';

/** A website's WeChat login with the reference client: `/login` and `/callback` on a Koa router. */
export function wechatLogin(wechat: WeChatOAuthClient, states: StateGuard, callbackUrl: string): Router {
  const router = new Router();

  // /login: send the browser to WeChat's QR page with a state bound to this browser
  router.get('/login', (ctx) => {
    const browser = randomUUID();
    ctx.cookies.set('wechat_login', browser, { httpOnly: true, sameSite: 'lax' });
    ctx.redirect(wechat.qrConnectUrl({ redirectUri: callbackUrl, state: states.issue(browser) }));
  });

  // /callback: check the state first, and only then exchange the code, once
  router.get('/callback', async (ctx) => {
    const { code, state } = ctx.query; // string | string[] | undefined each
    const check = states.verify(typeof state === 'string' ? state : null, ctx.cookies.get('wechat_login') ?? '');
    ctx.type = 'text/plain';
    if (!check.ok || typeof code !== 'string') {
      ctx.status = 400;
      ctx.body = `This login link cannot be used (${check.ok ? 'no code' : check.reason}); please log in again.`;
      return;
    }
    try {
      const tokens = await wechat.login(code); // a TokenSet
      const user = await tokens.userInfo(); // refreshes first if the token is stale
      ctx.body = `Hello ${user.nickname}`;
    } catch (error) {
      if (!(error instanceof WeChatApiError)) throw error;
      ctx.body = `WeChat refused the login (${error.errcode}); please log in again.`;
    }
  });
  return router;
}

import type { Context, Next } from 'koa';
import { html } from '../pages/html.js';

/**
 * The last middleware: a request nothing else answered, for a path that is not an API path (the /sns
 * listener answers unknown /sns and cgi-bin paths as WeChat's API does). A read gets a short 404 page that
 * leads to the mock's home page (open.weixin.qq.com's own 404 page is not recorded, so the mock does not
 * imitate it); other methods keep Koa's bare 404.
 */
export function unknownPath() {
  return (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    ctx.status = 404;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body =
      html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><p>wechat-oauth-mock has no page at ${ctx.path}. See <a href="/">what it serves</a>.</p></body></html>`.value;
    return undefined;
  };
}

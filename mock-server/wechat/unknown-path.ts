import type { Context, Next } from 'koa';
import { html } from '../pages/html.js';
import { snsBodyText } from './sns-body.js';
import type { SnsEndpoints } from './sns-endpoints.js';

/**
 * WeChat's answer to a path api.weixin.qq.com does not have: HTTP 200 with errcode 40066 `invalid url`
 * (reference §8; captured on cgi-bin paths in 2016-2017 as `invalid url hint: [...]`, on /sns inferred,
 * docs/decisions/0017), with today's suffix.
 */
const INVALID_URL = { errcode: 40066, errmsg: 'invalid url' } as const;

/** API paths: the /sns family and cgi-bin, which share api.weixin.qq.com. */
const API_PATH = /^\/(sns|cgi-bin)\//;

/**
 * The last middleware: a request nothing else answered. An API path answers as WeChat's API does; any
 * other path gets a short 404 page that leads to the mock's home page (open.weixin.qq.com's own 404 page
 * is not recorded, so the mock does not imitate it).
 */
export function unknownPath(sns: SnsEndpoints, contentType: string) {
  return (ctx: Context, next: Next) => {
    // Other methods (PUT, DELETE…) keep Koa's bare 404: WeChat documents GET and POST only (reference §9).
    const read = ctx.method === 'GET' || ctx.method === 'HEAD';
    if ((read || ctx.method === 'POST') && API_PATH.test(ctx.path)) {
      ctx.status = 200;
      ctx.set('Content-Type', contentType);
      ctx.body = snsBodyText(sns.error(INVALID_URL.errcode, INVALID_URL.errmsg).body);
      return undefined;
    }
    if (!read) return next();
    ctx.status = 404;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body =
      html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><p>wechat-oauth-mock has no page at ${ctx.path}. See <a href="/">what it serves</a>.</p></body></html>`.value;
    return undefined;
  };
}

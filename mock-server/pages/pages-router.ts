import Router from '@koa/router';
import type { Context } from 'koa';
import type { MockModel } from '../model/mock-model.js';
import { confirmAllow, confirmDeny } from './confirm.js';
import { oauth2Authorize } from './oauth2-authorize.js';
import { type PageResult, sendPageResult } from './page-result.js';
import { qrconnect } from './qrconnect.js';

/** The pages a browser sees on open.weixin.qq.com, and the mock's own approve/deny links. */
export function createPagesRouter(model: MockModel): Router {
  const router = new Router();
  const page = (handler: (ctx: Context, model: MockModel) => PageResult) => (ctx: Context) =>
    sendPageResult(ctx, handler(ctx, model));
  router.get('/connect/qrconnect', page(qrconnect));
  router.get('/connect/oauth2/authorize', page(oauth2Authorize));
  router.get('/connect/confirm/allow', page(confirmAllow));
  router.get('/connect/confirm/deny', page(confirmDeny));
  return router;
}

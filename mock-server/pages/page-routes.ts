import type { Context } from 'koa';
import type { Route } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import { confirmAllow, confirmDeny } from './confirm.js';
import { oauth2Authorize } from './oauth2-authorize.js';
import { type PageResult, sendPageResult } from './page-result.js';
import { qrconnect } from './qrconnect.js';

/** The pages a browser sees on open.weixin.qq.com, and the mock's own approve/deny links. */
export function pageRoutes(model: MockModel): Route[] {
  const page = (handler: (ctx: Context, model: MockModel) => PageResult) => (ctx: Context) => {
    sendPageResult(ctx, handler(ctx, model));
    return undefined;
  };
  return [
    ['GET', '/connect/qrconnect', page(qrconnect)],
    ['GET', '/connect/oauth2/authorize', page(oauth2Authorize)],
    ['GET', '/connect/confirm/allow', page(confirmAllow)],
    ['GET', '/connect/confirm/deny', page(confirmDeny)],
  ];
}

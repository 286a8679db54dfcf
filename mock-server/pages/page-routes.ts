import type { Context } from 'koa';
import type { Route } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import { confirmAllow, confirmDeny } from './confirm.js';
import { homePage } from './home-page.js';
import { oauth2Authorize } from './oauth2-authorize.js';
import { type PageResult, sendPageResult } from './page-result.js';
import { phoneAnswer, phoneConfirmPage } from './phone-confirm.js';
import { qrImage } from './qr-image.js';
import { qrLongPoll } from './qr-long-poll.js';
import { qrconnect } from './qrconnect.js';
import { wxLoginScript } from './wx-login-script.js';

type PageHandler = (ctx: Context, model: MockModel) => PageResult | Promise<PageResult>;

/**
 * What a browser sees of open.weixin.qq.com (the pages, the QR image, the phone page), lp.open.weixin.qq.com
 * (the long poll) and res.wx.qq.com (wxLogin.js), all on the mock's one origin, and the mock's own
 * approve/deny links. `closing` ends held long polls when the server closes.
 */
export function pageRoutes(model: MockModel, closing: AbortSignal): Route[] {
  const page = (handler: PageHandler) => async (ctx: Context) => {
    sendPageResult(ctx, await handler(ctx, model));
  };
  return [
    ['GET', '/', page(homePage)],
    ['GET', '/connect/qrconnect', page(qrconnect)],
    ['GET', '/connect/qrcode/{uuid}', (ctx) => qrImage(ctx, model)],
    ['GET', '/connect/l/qrconnect', qrLongPoll(model, closing)],
    ['GET', '/connect/confirm', page(phoneConfirmPage)],
    ['POST', '/connect/confirm', page(phoneAnswer)],
    ['GET', '/connect/oauth2/authorize', page(oauth2Authorize)],
    ['GET', '/connect/confirm/allow', page(confirmAllow)],
    ['GET', '/connect/confirm/deny', page(confirmDeny)],
    ['GET', '/connect/zh_CN/htmledition/js/wxLogin.js', wxLoginScript],
  ];
}

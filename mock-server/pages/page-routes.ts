import type { Context } from 'koa';
import type { HeldRequests } from '../core/held-requests.js';
import { readBodyText } from '../core/read-body-text.js';
import type { Route } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import { confirmAllow, confirmDeny } from './confirm.js';
import { homePage } from './home-page.js';
import { oauth2Authorize } from './oauth2-authorize.js';
import { type PageAnswer, sendPageResult } from './page-result.js';
import { FORM_LIMIT_BYTES, phoneAnswer, phoneConfirmPage } from './phone-confirm.js';
import { qrImage } from './qr-image.js';
import { qrLongPoll } from './qr-long-poll.js';
import { qrconnect } from './qrconnect.js';
import { wxLoginScript } from './wx-login-script.js';

type PageHandler = (ctx: Context, model: MockModel) => PageAnswer | Promise<PageAnswer>;

/**
 * What a browser sees of open.weixin.qq.com (the pages, the QR image, the phone page), lp.open.weixin.qq.com
 * (the long poll) and res.wx.qq.com (wxLogin.js), all on the mock's one origin, and the mock's own
 * approve/deny links. The QR long polls are held in `held`.
 */
export function pageRoutes(model: MockModel, held: HeldRequests): Route[] {
  // On a shared store each page is one unit of work (docs/decisions/0026); in memory `transact` just calls it.
  // A body is read before the unit of work starts, so that no other request's logic runs in the middle of it.
  const page = (handler: PageHandler) => async (ctx: Context) => {
    if (model.shared !== null && ctx.method === 'POST')
      await readBodyText(ctx, FORM_LIMIT_BYTES).catch(() => undefined);
    const answer = await model.transact(() => handler(ctx, model));
    sendPageResult(ctx, answer.result);
    return answer;
  };
  return [
    ['GET', '/', page(homePage)],
    ['GET', '/connect/qrconnect', page(qrconnect)],
    ['GET', '/connect/qrcode/{uuid}', (ctx, uuid) => model.transact(() => qrImage(ctx, model, uuid))],
    ['GET', '/connect/l/qrconnect', qrLongPoll(model, held)],
    ['GET', '/connect/confirm', page(phoneConfirmPage)],
    ['POST', '/connect/confirm', page(phoneAnswer)],
    ['GET', '/connect/oauth2/authorize', page(oauth2Authorize)],
    ['GET', '/connect/confirm/allow', page(confirmAllow)],
    ['GET', '/connect/confirm/deny', page(confirmDeny)],
    ['GET', '/connect/zh_CN/htmledition/js/wxLogin.js', wxLoginScript],
  ];
}

import type { Context } from 'koa';
import { NO_SUBJECT, type RequestSubject } from '../logging/record-request.js';
import type { MockModel } from '../model/mock-model.js';
import { phoneUrl } from './phone-url.js';
import { qrPng } from './qr-png.js';

/** WeChat's QR image is 430 px square (reference §1.2); the page scales it down. */
const QR_IMAGE_PX = 430;
const QR_MARGIN_MODULES = 2;

/**
 * `GET /connect/qrcode/{uuid}`: the QR code of a login session (reference §1.2), encoding the phone page on
 * the mock's own origin as this request reached it. An unknown or expired session answers 404.
 */
export function qrImage(ctx: Context, model: MockModel, uuid: string): RequestSubject {
  const session = model.sessions.get(uuid);
  if (session === undefined || session.flow !== 'qrconnect') {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'no such QR code';
    return NO_SUBJECT;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'image/png';
  ctx.body = qrPng(phoneUrl(ctx, uuid), QR_IMAGE_PX, QR_MARGIN_MODULES);
  return { appid: session.app.appid, persona: undefined };
}

import type { Context } from 'koa';
import { pathParam } from '../core/route-table.js';
import type { MockModel } from '../model/mock-model.js';
import { phoneUrl } from './phone-url.js';

/** WeChat's QR image is 430 px square (reference §1.2); the page scales it down. */
const QR_IMAGE_PX = 430;

/**
 * `GET /connect/qrcode/{uuid}`: the QR code of a login session (reference §1.2), encoding the phone page on
 * the mock's own origin as this request reached it. An unknown or expired session answers 404.
 */
export async function qrImage(ctx: Context, model: MockModel): Promise<void> {
  const uuid = pathParam(ctx);
  const session = model.sessions.get(uuid);
  if (session === undefined || session.flow !== 'qrconnect') {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'no such QR code';
    return;
  }
  ctx.state.appid = session.app.appid;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'image/png';
  // The QR encoder loads with the first QR image, not with the mock: most tests never ask for one.
  const { default: QRCode } = await import('qrcode');
  ctx.body = await QRCode.toBuffer(phoneUrl(ctx, uuid), { type: 'png', width: QR_IMAGE_PX, margin: 2 });
}

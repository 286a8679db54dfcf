import { STATUS_CODES } from 'node:http';
import type { Context } from 'koa';
import type { SnsEndpoint } from '../../contract/index.js';
import type { FaultEffectSpec } from '../model/fault-rules.js';
import type { MockModel } from '../model/mock-model.js';
import { type SnsAnswer, writeSnsAnswer } from './sns-body.js';
import type { SnsRequest } from './sns-request.js';

export interface FaultContext {
  readonly ctx: Context;
  readonly endpoint: SnsEndpoint;
  readonly request: SnsRequest;
  readonly model: MockModel;
  /** The answer the mock would give without the fault (computing it has the endpoint's side effects). */
  readonly normal: () => SnsAnswer;
  /** Builds WeChat's error body for an errcode, with the configured suffix. */
  readonly error: (errcode: number, errmsg?: string) => SnsAnswer;
}

const gatewayPage = (status: number) => {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
};

/** Answers an /sns request as a fault's effect says, instead of (or on top of) the normal answer. */
export async function applyFault(effect: FaultEffectSpec, f: FaultContext): Promise<void> {
  const { ctx, model } = f;
  const contentType = model.config.fidelity.contentType;
  switch (effect.type) {
    case 'errcode': {
      // A failed exchange still consumes the code on WeChat (reference §3.3): the retry gets 40163.
      const app = model.registry.app(f.request.appid ?? '');
      const code = f.request.param('code');
      if (effect.errcode === -1 && f.endpoint === '/sns/oauth2/access_token' && app && code)
        model.codes.burn(code, app);
      return writeSnsAnswer(ctx, f.error(effect.errcode, effect.errmsg), contentType);
    }
    case 'http-status':
      ctx.status = effect.status;
      ctx.set('Content-Type', effect.contentType ?? 'text/html');
      ctx.body = effect.body ?? gatewayPage(effect.status);
      return;
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, effect.ms).unref());
      return writeSnsAnswer(ctx, f.normal(), contentType);
    case 'drop-connection':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'truncated-body': {
      writeSnsAnswer(ctx, f.normal(), contentType);
      const full = Buffer.from(ctx.body as string);
      ctx.body = full.subarray(0, effect.bytes ?? Math.floor(full.length / 2));
      return;
    }
    case 'non-json-body':
      ctx.status = 200;
      ctx.set('Content-Type', effect.contentType ?? 'text/html; charset=gbk');
      ctx.body = effect.body ?? '';
      return;
    case 'content-type':
      return writeSnsAnswer(ctx, f.normal(), effect.contentType);
  }
}

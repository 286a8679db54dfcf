import { STATUS_CODES } from 'node:http';
import type { SnsEndpoint } from '../../contract/index.js';
import type { FaultEffectSpec } from '../model/fault-rules.js';
import type { MockModel } from '../model/mock-model.js';
import type { SnsAnswer } from './sns-body.js';
import { type SnsReply, snsReply } from './sns-reply.js';
import type { SnsRequest } from './sns-request.js';

export interface FaultContext {
  readonly endpoint: SnsEndpoint;
  readonly request: SnsRequest;
  readonly model: MockModel;
  /** The Content-Type of the endpoint's answers (its family's, reference §9, ML§5.1). */
  readonly contentType: string;
  /** The answer the mock would give without the fault (computing it has the endpoint's side effects). */
  readonly normal: () => SnsAnswer;
  /** Builds WeChat's error body for an errcode, with the suffix of the endpoint's family. */
  readonly error: (errcode: number, errmsg?: string) => SnsAnswer;
}

/** The parameter that carries the code on the endpoints that redeem one. */
const CODE_PARAMS: Partial<Record<SnsEndpoint, string>> = {
  '/sns/oauth2/access_token': 'code',
  '/sns/jscode2session': 'js_code',
};

/** The effect that answers nothing: the listener destroys the connection. */
export const DROP_CONNECTION = 'drop-connection';

const gatewayPage = (status: number) => {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
};

/** A fault effect answered at once (a `delay` is waited out by the listener, then answered normally). */
export type ImmediateEffect = Exclude<FaultEffectSpec, { readonly type: 'delay' }>;

/** What an /sns request gets when a fault fires, instead of (or on top of) the normal answer. */
export function applyFault(effect: ImmediateEffect, f: FaultContext): SnsReply | typeof DROP_CONNECTION {
  const { contentType } = f;
  switch (effect.type) {
    case 'errcode': {
      // A failed exchange still consumes the code on WeChat (reference §3.3): the retry gets 40163. That
      // jscode2session does the same is inferred (docs/decisions/0023).
      const app = f.model.registry.app(f.request.appid ?? '');
      const codeParam = CODE_PARAMS[f.endpoint];
      const code = codeParam === undefined ? undefined : f.request.param(codeParam);
      if (effect.errcode === -1 && app && code) f.model.codes.burn(code, app);
      return snsReply(f.error(effect.errcode, effect.errmsg), contentType);
    }
    case 'http-status':
      return {
        status: effect.status,
        contentType: effect.contentType ?? 'text/html',
        body: effect.body ?? gatewayPage(effect.status),
        errcode: undefined,
      };
    case 'drop-connection':
      return DROP_CONNECTION;
    case 'truncated-body': {
      const normal = snsReply(f.normal(), contentType);
      const full = Buffer.from(normal.body);
      return { ...normal, body: full.subarray(0, effect.bytes ?? Math.floor(full.length / 2)) };
    }
    case 'non-json-body':
      return {
        status: 200,
        contentType: effect.contentType ?? 'text/html; charset=gbk',
        body: effect.body ?? '',
        errcode: undefined,
      };
    case 'content-type':
      return snsReply(f.normal(), effect.contentType);
  }
}

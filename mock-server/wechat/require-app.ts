import { ErrCode } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import type { App } from '../model/registry.js';
import { WeChatError } from '../model/wechat-error.js';
import type { SnsRequest } from './sns-request.js';

/** The app named by `appid`: 41002 when missing, 40013 when unknown (reference §3.3, §4). */
export function requireApp(request: SnsRequest, model: MockModel): App {
  const app = model.registry.app(request.require('appid', ErrCode.AppidMissing));
  if (app === undefined) throw new WeChatError(ErrCode.InvalidAppid);
  return app;
}

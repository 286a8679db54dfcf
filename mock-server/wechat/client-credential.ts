import { ErrCode } from '../../contract/index.js';
import type { AppKind } from '../config/mock-config.js';
import type { MockModel } from '../model/mock-model.js';
import type { App } from '../model/registry.js';
import { WeChatError } from '../model/wechat-error.js';

/**
 * The app kinds that have a server token (ML§5): official accounts and mini-programs. A website app has none
 * on api.weixin.qq.com, so its appid is an invalid one there (inferred, docs/decisions/0028).
 */
const SERVER_TOKEN_KINDS: ReadonlySet<AppKind> = new Set(['official-account', 'mini-program']);

/** The parameters of a client_credential request, from the query string or a JSON body. */
export interface ClientCredential {
  readonly appid: string | undefined;
  readonly secret: string | undefined;
  readonly grantType: string | undefined;
}

/**
 * The app asking for a server token (ML§5.1, ML§5.2), checked in the order of the code exchange (inferred):
 * appid (41002; 40013 when unknown or of a kind without server tokens), secret (41004, 40125), grant_type
 * `client_credential` (40002).
 */
export function checkClientCredential(credential: ClientCredential, model: MockModel): App {
  if (credential.appid === undefined) throw new WeChatError(ErrCode.AppidMissing);
  const app = model.registry.app(credential.appid);
  if (app === undefined || !SERVER_TOKEN_KINDS.has(app.kind)) throw new WeChatError(ErrCode.InvalidAppid);
  if (credential.secret === undefined) throw new WeChatError(ErrCode.AppsecretMissing);
  if (credential.secret !== app.secret) throw new WeChatError(ErrCode.InvalidAppsecret);
  if (credential.grantType !== 'client_credential') throw new WeChatError(ErrCode.InvalidGrantType);
  return app;
}

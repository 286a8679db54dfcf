import { timingSafeEqual } from 'node:crypto';
import { ErrCode, type ResetSessionKeyResponse, type WxaOkResponse } from '../../contract/index.js';
import type { MockModel } from '../model/mock-model.js';
import type { App, Persona } from '../model/registry.js';
import { WeChatError } from '../model/wechat-error.js';
import { requireMiniProgramToken } from './server-token-auth.js';
import { sessionKeySignature } from './session-key-signature.js';
import type { SnsRequest } from './sns-request.js';

/** The one signature method of the session_key checks (ML§2.2, ML§2.3). */
const SIG_METHOD = 'hmac_sha256';

/**
 * The user whose live session_key the request proves (ML§2.2, ML§2.3), checked in this order (inferred):
 * the server token (41001, 40014, 40001, 42001; not a mini-program's, 48001), openid (41009; no user of this
 * mini-program, 40003), sig_method (87008), signature (87009, also when the user has no session_key).
 */
export function provenSessionKey(
  request: SnsRequest,
  model: MockModel,
): { app: App; persona: Persona; openid: string } {
  const app = requireMiniProgramToken(request, model);
  const openid = request.require('openid', ErrCode.MissingOpenid);
  const persona = model.registry.personaByOpenid(app, openid);
  if (persona === undefined) throw new WeChatError(ErrCode.InvalidOpenid);
  if (request.param('sig_method') !== SIG_METHOD) throw new WeChatError(ErrCode.InvalidSigMethod);
  const live = model.sessionKeys.current(app.appid, persona.key);
  const expected = live === undefined ? undefined : Buffer.from(sessionKeySignature(live));
  const given = Buffer.from(request.param('signature') ?? '');
  if (expected === undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new WeChatError(ErrCode.InvalidSignature);
  }
  return { app, persona, openid };
}

/** `GET /wxa/checksession` (ML§2.2): `{"errcode":0,"errmsg":"ok"}` for the live key. */
export function checkSessionKey(request: SnsRequest, model: MockModel): WxaOkResponse {
  provenSessionKey(request, model);
  return { errcode: 0, errmsg: 'ok' };
}

/** `GET /wxa/resetusersessionkey` (ML§2.3): a new key for the user, the old one dead at once. */
export function resetUserSessionKey(request: SnsRequest, model: MockModel): ResetSessionKeyResponse {
  const { app, persona, openid } = provenSessionKey(request, model);
  return { errcode: 0, errmsg: 'ok', openid, session_key: model.sessionKeys.reset(app, persona) };
}

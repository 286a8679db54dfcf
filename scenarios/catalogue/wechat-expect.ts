import assert from 'node:assert/strict';
import { sessionKeySignature } from '../../client/index.js';
import { type AccessTokenResponse, type ErrCode, errmsgs } from '../../contract/index.js';
import type { ScenarioContext, WireAnswer } from '../model/scenario-context.js';

/**
 * Asserts WeChat's error answer: HTTP 200, `errcode` (one of them, where WeChat is known to answer either),
 * and an errmsg that starts with the catalogue's text for it (§8).
 */
export function expectErrcode(answer: WireAnswer, errcode: ErrCode | readonly ErrCode[]): void {
  const expected: readonly ErrCode[] = typeof errcode === 'number' ? [errcode] : errcode;
  assert.equal(answer.status, 200, `WeChat answers errors with HTTP 200 (§9), got ${answer.status}`);
  assert.ok(answer.body !== null, `expected a JSON error body, got ${JSON.stringify(answer.text.slice(0, 200))}`);
  const received = answer.body.errcode as ErrCode;
  assert.ok(expected.includes(received), `expected errcode ${expected.join(' or ')}, got ${answer.text}`);
  const errmsg = answer.body.errmsg;
  assert.equal(typeof errmsg, 'string', 'errmsg is a string');
  const base = errmsgs[received];
  assert.ok(
    (errmsg as string).startsWith(base),
    `expected errmsg to start with ${JSON.stringify(base)}, got ${JSON.stringify(errmsg)}`,
  );
}

/** Asserts a success answer: HTTP 200, a JSON object without a non-zero errcode. */
export function expectSuccess(answer: WireAnswer): Record<string, unknown> {
  assert.equal(answer.status, 200, `expected HTTP 200, got ${answer.status}`);
  assert.ok(answer.body !== null, `expected a JSON body, got ${JSON.stringify(answer.text.slice(0, 200))}`);
  assert.ok(!answer.body.errcode, `expected success, got ${answer.text}`);
  return answer.body;
}

/** The query of a code exchange for `app`. */
export function exchangeParams(app: { appid: string; secret: string }, code: string): Record<string, string> {
  return { appid: app.appid, secret: app.secret, code, grant_type: 'authorization_code' };
}

/** The query of a mini-program's jscode2session for `app` (ML§1.1). */
export function code2SessionParams(app: { appid: string; secret: string }, jsCode: string): Record<string, string> {
  return { appid: app.appid, secret: app.secret, js_code: jsCode, grant_type: 'authorization_code' };
}

/** The query of a refresh for `app` (no secret: §4). */
export function refreshParams(app: { appid: string }, refreshToken: string): Record<string, string> {
  return { appid: app.appid, grant_type: 'refresh_token', refresh_token: refreshToken };
}

/** The query of /sns/auth and /sns/userinfo for a grant's access_token and openid. */
export function tokenParams(grant: Pick<AccessTokenResponse, 'access_token' | 'openid'>): Record<string, string> {
  return { access_token: grant.access_token, openid: grant.openid };
}

/** The `init` of a POST whose parameters (some or all) are in an `application/x-www-form-urlencoded` body (§3.1). */
export const formPost = (params: Readonly<Record<string, string>>) =>
  ({
    method: 'POST',
    body: new URLSearchParams(params).toString(),
    contentType: 'application/x-www-form-urlencoded',
  }) as const;

/** The query of `/cgi-bin/token` for `app` (ML§5.1). */
export function serverTokenParams(app: { appid: string; secret: string }): Record<string, string> {
  return { grant_type: 'client_credential', appid: app.appid, secret: app.secret };
}

/** The `init` of a `/cgi-bin/stable_token` POST: its parameters as a JSON body (ML§5.2). */
export const jsonPost = (body: Readonly<Record<string, unknown>>) =>
  ({ method: 'POST', body: JSON.stringify(body), contentType: 'application/json' }) as const;

/** A `/cgi-bin/stable_token` call for `app`, with `force_refresh` when asked (ML§5.2). */
export function stableToken(
  t: Pick<ScenarioContext, 'sns'>,
  app: { appid: string; secret: string },
  forceRefresh?: boolean,
): Promise<WireAnswer> {
  const body = { ...serverTokenParams(app), ...(forceRefresh === undefined ? {} : { force_refresh: forceRefresh }) };
  return t.sns('/cgi-bin/stable_token', {}, jsonPost(body));
}

/** A new `/cgi-bin/token` of the mini-program, for the /wxa calls that take one (ML§5.1). */
export async function miniProgramServerToken(t: Pick<ScenarioContext, 'sns' | 'miniProgram'>): Promise<string> {
  const body = expectSuccess(await t.sns('/cgi-bin/token', serverTokenParams(t.miniProgram)));
  return String(body.access_token);
}

/** A mini-program login: a new wx.login code exchanged at jscode2session (ML§1), its openid and session_key. */
export async function miniProgramSession(
  t: Pick<ScenarioContext, 'sns' | 'miniProgram' | 'wxLoginCode'>,
): Promise<{ openid: string; sessionKey: string }> {
  const body = expectSuccess(
    await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())),
  );
  return { openid: String(body.openid), sessionKey: String(body.session_key) };
}

/** The query of `/wxa/checksession` and `/wxa/resetusersessionkey`, signed with `sessionKey` (ML§2.2). */
export function sessionKeyParams(accessToken: string, openid: string, sessionKey: string): Record<string, string> {
  return { access_token: accessToken, openid, signature: sessionKeySignature(sessionKey), sig_method: 'hmac_sha256' };
}

/** `POST /wxa/business/getuserphonenumber?access_token=…` with a JSON body (ML§4.2). */
export function phoneNumber(
  t: Pick<ScenarioContext, 'sns'>,
  accessToken: string,
  body: Readonly<Record<string, unknown>>,
): Promise<WireAnswer> {
  return t.sns('/wxa/business/getuserphonenumber', { access_token: accessToken }, jsonPost(body));
}

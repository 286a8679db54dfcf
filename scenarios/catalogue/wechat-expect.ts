import assert from 'node:assert/strict';
import { type ErrCode, errmsgs } from '../../contract/index.js';
import type { WireAnswer } from '../model/scenario-context.js';

/** Asserts WeChat's error answer: HTTP 200, `errcode`, and an errmsg that starts with the catalogue's text (§8). */
export function expectErrcode(answer: WireAnswer, errcode: ErrCode): void {
  assert.equal(answer.status, 200, `WeChat answers errors with HTTP 200 (§9), got ${answer.status}`);
  assert.ok(answer.body !== null, `expected a JSON error body, got ${JSON.stringify(answer.text.slice(0, 200))}`);
  assert.equal(answer.body.errcode, errcode, `expected errcode ${errcode}, got ${answer.text}`);
  const errmsg = answer.body.errmsg;
  assert.equal(typeof errmsg, 'string', 'errmsg is a string');
  const base = errmsgs[errcode];
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

import type { RawAnswer, RawRequest } from '../../test-support/raw-request.js';
import { OFFICIAL, WEBSITE } from '../../test-support/test-mock.js';
import { isApiPath } from '../core/api-path.js';
import { SNS_PATHS } from './hostile-request.js';

/** What the judge needs to know about the mock a request went to. */
export interface FuzzedMock {
  /** The control plane demands a token, and the fuzzed requests never carry it. */
  readonly tokenRequired: boolean;
  /** A fault rule was set when the request was sent (then a 5xx may be what it asked for). */
  readonly faultSet: boolean;
}

/** A stack frame as V8 prints it: `    at fn (file.js:1:2)` or `    at node:internal/...`. */
const STACK_FRAME = /\n\s+at \S.*(\(.*:\d+:\d+\)|node:internal|\.m?[jt]s:\d+)/;

const HEALTH = '{"status":"ok","service":"wechat-oauth-mock"}';

/**
 * Node refuses some requests before the mock sees them (a request line or headers over 16 KB, a target it
 * cannot parse): a 400 or 431 with no body, or, when the request's body was still being sent, a connection
 * reset before that answer could be read (status 0; seen on Node 24).
 */
const refusedByNode = (answer: RawAnswer) =>
  answer.status === 0 || ((answer.status === 400 || answer.status === 431) && answer.body === '');

/**
 * Every way the answer to a hostile request breaks the mock's promises (DESIGN "Quality bars"; ADR 0013):
 * a 5xx no fault asked for, a stack trace, a control answer or an app secret without the token where one is
 * required, a /sns answer that is not WeChat's JSON. Empty when the answer keeps them all.
 */
export function brokenPromises(request: RawRequest, answer: RawAnswer, mock: FuzzedMock): string[] {
  const problems: string[] = [];
  if (answer.status >= 500 && !mock.faultSet) problems.push(`answered ${answer.status} without a fault`);
  if (STACK_FRAME.test(answer.body)) problems.push('the body holds a stack trace');
  if (mock.tokenRequired) {
    const type = String(answer.headers['content-type'] ?? '');
    // Health needs no token; a HEAD answer has no body, so health is known there by its length.
    const isHealth =
      answer.body === HEALTH ||
      (request.method === 'HEAD' && answer.headers['content-length'] === String(HEALTH.length));
    // /cgi-bin and /wxa answer WeChat's JSON as application/json (ML§5.1): theirs are no control answers. Every
    // path of the API host is the /sns listener's, known or not (`/cgi-bin/user/info/` answers 40066 there).
    const apiAnswer = isApiPath(request.path.split('?')[0] ?? '');
    if (answer.status < 300 && type.startsWith('application/json') && !isHealth && !apiAnswer) {
      problems.push(`a control answer (${answer.status}) without the token`);
    }
    // A page may echo what the request sent (escaped); a secret the request did not carry is a leak.
    const sent = `${request.path} ${String(request.body ?? '')} ${Object.values(request.headers ?? {}).join(' ')}`;
    for (const secret of [WEBSITE.secret, OFFICIAL.secret]) {
      if (answer.body.includes(secret) && !sent.includes(secret)) problems.push('an app secret without the token');
    }
  }
  const path = request.path.split('?')[0] ?? '';
  if (SNS_PATHS.includes(path) && (request.method === 'GET' || request.method === 'POST') && !refusedByNode(answer)) {
    if (!isWeChatJson(answer))
      problems.push(`/sns answered ${answer.status} ${JSON.stringify(answer.body.slice(0, 80))}`);
  }
  return problems;
}

/** HTTP 200 with a JSON object: an error `{"errcode":N,"errmsg":"…"}` or a success (docs/wechat-behaviour.md §9). */
function isWeChatJson(answer: RawAnswer): boolean {
  if (answer.status !== 200) return false;
  try {
    const json = JSON.parse(answer.body) as Record<string, unknown>;
    if ('errcode' in json) return typeof json.errcode === 'number' && typeof json.errmsg === 'string';
    return typeof json === 'object' && json !== null && Object.keys(json).length > 0;
  } catch {
    return false;
  }
}

import assert from 'node:assert/strict';
import type { JournalEntry } from '../../contract/index.js';

const shown = (call: JournalEntry) =>
  `${call.method} ${call.path}?${new URLSearchParams(call.query).toString().replaceAll('%E2%80%A6', '…')}`;

/**
 * Asserts that every /sns call the site made during a check was one WeChat would accept from it: naming the
 * site's own app (a call with `access_token=undefined` names none), carrying the secret only to the code
 * exchange (reference §3.1: nothing else takes it), and not refused with an errcode unless a fault of the
 * check caused that answer.
 */
export function expectProperCalls(calls: readonly JournalEntry[], appid: string): void {
  for (const call of calls) {
    assert.ok(
      call.appid !== null,
      `the site called ${shown(call)}, which names no app WeChat knows (a token or code it never received?)`,
    );
    assert.ok(
      call.appid === appid,
      `the site called ${shown(call)} for the app ${call.appid}, not for its own app ${appid}`,
    );
    assert.ok(
      call.path === '/sns/oauth2/access_token' || call.query.secret === undefined,
      `the site sent its app secret to ${call.path}, which does not take it (only the code exchange does, §3.1)`,
    );
    assert.ok(
      call.errcode === null || call.errcode === 0 || call.fault !== null,
      `WeChat refused the site's call ${shown(call)} with errcode ${call.errcode}: ${call.body ?? ''}`,
    );
  }
}

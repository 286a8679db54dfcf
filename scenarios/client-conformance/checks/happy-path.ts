import assert from 'node:assert/strict';
import type { ClientCheck } from '../client-check.js';
import { expectExchanges, expectNoServerError } from '../site-expect.js';

export default {
  id: 'client.happy-path',
  title: 'A person who approves ends up signed in: one code exchange that succeeds, and a page without errors',
  reference: '§0',
  evidence: 'documented',
  async run(session) {
    const browser = session.newBrowser();
    const done = await session.approve(browser, await session.startLogin(browser));
    expectNoServerError(done);
    assert.ok(done.status < 400, `the site answered HTTP ${done.status} at ${done.url} after a successful login`);
    const calls = await session.snsCalls();
    expectExchanges(calls, 1, 'a login');
    const failed = calls.find((call) => call.errcode !== null);
    assert.equal(failed, undefined, `the mock answered ${failed?.path} with errcode ${failed?.errcode}`);
  },
} satisfies ClientCheck;

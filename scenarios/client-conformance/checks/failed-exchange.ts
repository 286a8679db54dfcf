import assert from 'node:assert/strict';
import type { ErrCode } from '../../../contract/index.js';
import type { ClientCheck } from '../client-check.js';
import { expectNoServerError, expectSecretHidden } from '../site-expect.js';

/** The check for one errcode answered on the code exchange (reference §3.3, §8). */
export function failedExchange(errcode: ErrCode, meaning: string): ClientCheck {
  return {
    id: `client.exchange-${errcode < 0 ? 'minus' : ''}${Math.abs(errcode)}-handled`,
    title: `A code exchange answered ${errcode} (${meaning}) is handled without a 5xx, without leaking the secret, and without calling userinfo`,
    reference: '§3.3, §8',
    evidence: 'captured',
    async run(session) {
      await session.fault({ match: { endpoint: '/sns/oauth2/access_token' }, effect: { type: 'errcode', errcode } });
      const browser = session.newBrowser();
      const done = await session.approve(browser, await session.startLogin(browser));
      expectNoServerError(done);
      expectSecretHidden(done, session.secret);
      const userinfo = (await session.snsCalls()).filter((call) => call.path === '/sns/userinfo');
      assert.equal(
        userinfo.length,
        0,
        `the site called /sns/userinfo ${userinfo.length} time(s) after the exchange failed`,
      );
    },
  };
}

export const exchangeInvalidCode = failedExchange(40029, 'invalid code');
export const exchangeCodeBeenUsed = failedExchange(40163, 'code been used');
export const exchangeSystemError = failedExchange(-1, 'system error');

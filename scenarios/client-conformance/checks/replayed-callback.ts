import type { ClientCheck } from '../client-check.js';
import { expectExchanges, expectNoServerError } from '../site-expect.js';

export default {
  id: 'client.replayed-callback-not-exchanged-twice',
  title: 'Opening the same callback again does not exchange its code a second time (WeChat would answer 40163)',
  reference: '§6',
  evidence: 'captured',
  async run(session) {
    const browser = session.newBrowser();
    const callback = await session.callbackUrl(browser, await session.startLogin(browser));
    const first = await browser.navigate(callback.href);
    const again = await browser.navigate(callback.href);
    expectExchanges(await session.snsCalls(), 1, 'a callback opened twice');
    expectNoServerError(first);
    expectNoServerError(again);
  },
} satisfies ClientCheck;

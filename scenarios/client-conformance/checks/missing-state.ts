import type { ClientCheck } from '../client-check.js';
import { expectExchanges, expectNoServerError } from '../site-expect.js';

export default {
  id: 'client.missing-state-refused',
  title: 'A callback without state is refused before the code is exchanged',
  reference: 'RFC 6749 §10.12',
  evidence: 'documented',
  async run(session) {
    const browser = session.newBrowser();
    const callback = await session.callbackUrl(browser, await session.startLogin(browser));
    callback.searchParams.delete('state');
    const answer = await browser.navigate(callback.href);
    expectExchanges(await session.snsCalls(), 0, 'a callback without state');
    expectNoServerError(answer);
  },
} satisfies ClientCheck;

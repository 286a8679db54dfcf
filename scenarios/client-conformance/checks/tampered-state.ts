import type { ClientCheck } from '../client-check.js';
import { expectExchanges, expectNoServerError } from '../site-expect.js';

export default {
  id: 'client.tampered-state-refused',
  title: 'A callback whose state was tampered with is refused before the code is exchanged',
  reference: 'RFC 6749 §10.12',
  evidence: 'documented',
  async run(session) {
    const browser = session.newBrowser();
    const callback = await session.callbackUrl(browser, await session.startLogin(browser));
    const state = callback.searchParams.get('state') ?? '';
    callback.searchParams.set(
      'state',
      state === '' ? 'tampered' : `${state.slice(0, -1)}${state.endsWith('0') ? '1' : '0'}`,
    );
    const answer = await browser.navigate(callback.href);
    expectExchanges(await session.snsCalls(), 0, 'a callback with a tampered state');
    expectNoServerError(answer);
  },
} satisfies ClientCheck;

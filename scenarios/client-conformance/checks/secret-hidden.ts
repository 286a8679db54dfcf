import type { ClientCheck } from '../client-check.js';
import { expectSecretHidden } from '../site-expect.js';

export default {
  id: 'client.secret-never-in-browser',
  title: 'The app secret appears in no URL the browser visits and in no page it is shown',
  reference: '§3.1',
  evidence: 'documented',
  async run(session) {
    const browser = session.newBrowser();
    const login = await session.startLogin(browser);
    expectSecretHidden(login, session.secret);
    expectSecretHidden(await session.approve(browser, login), session.secret);
  },
} satisfies ClientCheck;

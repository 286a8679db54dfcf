import type { Scenario } from '../model/scenario.js';
import { expectLoginPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-redirect-uri-any-path',
  title: 'qrconnect accepts any path and query on exactly the callback domain, over http and https alike',
  reference: '§1.4',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const callback = new URL(t.callbackUrl);
    for (const protocol of ['http:', 'https:']) {
      const redirectUri = `${protocol}//${callback.host}/deep/path?q=1`;
      expectLoginPage(await t.page(qrconnectPath(t, t.website.appid, { redirect_uri: redirectUri })));
    }
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectRedirect, pagePath } from './page-expect.js';

export default {
  id: 'pages.authorize-connect-redirect',
  title: 'oauth2/authorize first answers 301 to the same URL with connect_redirect=1 appended',
  reference: '§2',
  evidence: 'captured',
  needs: ['official-account'],
  async run(t) {
    const path = pagePath('/connect/oauth2/authorize', {
      appid: t.officialAccount.appid,
      redirect_uri: t.callbackUrl,
      response_type: 'code',
      scope: 'snsapi_base',
      state: 'STATE',
    });
    // WeChat may answer with an absolute URL on its own host; only the path and query matter.
    const target = new URL(expectRedirect(await t.page(path), 301), 'https://open.weixin.qq.com');
    assert.equal(`${target.pathname}${target.search}`, `${path}&connect_redirect=1`);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectLoginPage, pagePath } from './page-expect.js';

// wxLogin.js, WeChat's own embedding script, sends no response_type at all, so the page tolerates it (§1.1, LIB).
export default {
  id: 'pages.qrconnect-without-response-type',
  title: 'qrconnect shows the login page without response_type, as wxLogin.js requests it',
  reference: '§1.1',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const path = pagePath('/connect/qrconnect', {
      appid: t.website.appid,
      scope: 'snsapi_login',
      redirect_uri: t.callbackUrl,
      state: 'STATE',
      login_type: 'jssdk',
      self_redirect: 'default',
    });
    expectLoginPage(await t.page(path));
  },
} satisfies Scenario;

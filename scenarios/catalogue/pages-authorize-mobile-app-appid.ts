import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

// As qrconnect refuses an app without its login permission (§1.3); on oauth2/authorize, and for a mobile app
// asking its own scope snsapi_userinfo (ML§6.1), inferred (INF).
export default {
  id: 'pages.authorize-mobile-app-appid',
  title:
    'oauth2/authorize with a mobile app\'s appid, even with snsapi_userinfo, shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§1.3, §2, ML§6.1',
  evidence: 'inferred',
  needs: ['mobile-app'],
  async run(t) {
    const path = authorizePath(t, t.mobileApp.appid, { scope: 'snsapi_userinfo' });
    expectErrorPage(await t.page(path), PageError.ScopeInvalid);
  },
} satisfies Scenario;

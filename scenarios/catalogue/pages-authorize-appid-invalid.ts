import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

// "AppID 参数错误" is captured on qrconnect (§1.3); that oauth2/authorize shows the same page is inferred (§2, INF).
export default {
  id: 'pages.authorize-appid-invalid',
  title: 'oauth2/authorize with an unknown appid shows the error page "AppID 参数错误"',
  reference: '§1.3, §2',
  evidence: 'inferred',
  needs: ['official-account'],
  async run(t) {
    expectErrorPage(await t.page(authorizePath(t, 'wx0000000000000000')), PageError.AppidInvalid);
  },
} satisfies Scenario;

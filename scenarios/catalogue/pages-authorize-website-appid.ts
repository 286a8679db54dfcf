import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

// The mirror of qrconnect refusing an official account's appid (§1.3); on oauth2/authorize it is inferred (§2, INF).
export default {
  id: 'pages.authorize-website-appid',
  title: 'oauth2/authorize with a website app\'s appid shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§1.3, §2',
  evidence: 'inferred',
  needs: ['official-account'],
  async run(t) {
    expectErrorPage(await t.page(authorizePath(t, t.website.appid)), PageError.ScopeInvalid);
  },
} satisfies Scenario;

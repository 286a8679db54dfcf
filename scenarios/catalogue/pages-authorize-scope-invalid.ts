import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

export default {
  id: 'pages.authorize-scope-invalid',
  title:
    'oauth2/authorize with a scope other than snsapi_base or snsapi_userinfo shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§2',
  evidence: 'documented',
  needs: ['official-account'],
  async run(t) {
    const path = authorizePath(t, t.officialAccount.appid, { scope: 'snsapi_login' });
    expectErrorPage(await t.page(path), PageError.ScopeInvalid);
  },
} satisfies Scenario;

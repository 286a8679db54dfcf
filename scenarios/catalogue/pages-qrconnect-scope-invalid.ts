import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-scope-invalid',
  title: 'qrconnect with a scope other than snsapi_login, or none, shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§1.1, §1.3',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const scope of ['snsapi_userinfo', '']) {
      expectErrorPage(await t.page(qrconnectPath(t, t.website.appid, { scope })), PageError.ScopeInvalid);
    }
  },
} satisfies Scenario;

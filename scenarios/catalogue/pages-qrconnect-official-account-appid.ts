import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-official-account-appid',
  title: 'qrconnect with an official account\'s appid shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§1.3',
  evidence: 'captured',
  needs: ['official-account'],
  async run(t) {
    expectErrorPage(await t.page(qrconnectPath(t, t.officialAccount.appid)), PageError.ScopeInvalid);
  },
} satisfies Scenario;

import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

// A mobile app has no website login permission: §1.3's "app without login permission" row; not captured for
// mobile apps as such (INF). Its login is the SDK's, with no page (ML§6.1).
export default {
  id: 'pages.qrconnect-mobile-app-appid',
  title: 'qrconnect with a mobile app\'s appid shows "Scope 参数错误或没有 Scope 权限"',
  reference: '§1.3, ML§6.1',
  evidence: 'inferred',
  needs: ['mobile-app'],
  async run(t) {
    expectErrorPage(await t.page(qrconnectPath(t, t.mobileApp.appid)), PageError.ScopeInvalid);
  },
} satisfies Scenario;

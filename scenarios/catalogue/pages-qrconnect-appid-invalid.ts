import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-appid-invalid',
  title: 'qrconnect with an unknown appid shows the error page "AppID 参数错误" with HTTP 200, no redirect',
  reference: '§1.3',
  evidence: 'captured',
  needs: [],
  async run(t) {
    expectErrorPage(await t.page(qrconnectPath(t, 'wx0000000000000000')), PageError.AppidInvalid);
  },
} satisfies Scenario;

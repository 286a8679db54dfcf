import type { Scenario } from '../model/scenario.js';
import { expectLoginPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-login-page',
  title: 'qrconnect with a valid appid, redirect_uri and scope shows the QR login page with HTTP 200',
  reference: '§1.2',
  evidence: 'captured',
  needs: [],
  async run(t) {
    expectLoginPage(await t.page(qrconnectPath(t, t.website.appid)));
  },
} satisfies Scenario;

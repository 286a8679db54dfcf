import type { Scenario } from '../model/scenario.js';
import { expectLoginPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-long-state',
  title: 'qrconnect has no 128-byte state limit: a 300-byte state still shows the login page',
  reference: '§1.1, §6, §14',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    expectLoginPage(await t.page(qrconnectPath(t, t.website.appid, { state: 's'.repeat(300) })));
  },
} satisfies Scenario;

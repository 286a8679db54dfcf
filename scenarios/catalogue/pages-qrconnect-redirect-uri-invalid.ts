import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-redirect-uri-invalid',
  title: 'qrconnect with a redirect_uri outside the callback domain shows "redirect_uri 参数错误"',
  reference: '§1.3, §1.4',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const path = qrconnectPath(t, t.website.appid, { redirect_uri: 'https://attacker.example/cb' });
    expectErrorPage(await t.page(path), PageError.RedirectUriInvalid);
  },
} satisfies Scenario;

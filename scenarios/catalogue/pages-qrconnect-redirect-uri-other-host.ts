import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

export default {
  id: 'pages.qrconnect-redirect-uri-other-host',
  title: 'qrconnect with a redirect_uri on a subdomain of the callback domain shows "redirect_uri 参数错误"',
  reference: '§1.3, §1.4',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const callback = new URL(t.callbackUrl);
    const redirectUri = `${callback.protocol}//sub.${callback.hostname}/cb`;
    expectErrorPage(
      await t.page(qrconnectPath(t, t.website.appid, { redirect_uri: redirectUri })),
      PageError.RedirectUriInvalid,
    );
  },
} satisfies Scenario;

import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { expectErrorPage, qrconnectPath } from './page-expect.js';

// A garbled redirect_uri is captured (§1.3); an empty one and a scheme other than http(s) are inferred.
export default {
  id: 'pages.qrconnect-redirect-uri-malformed',
  title: 'qrconnect with a redirect_uri that is no http(s) URL (text, ftp:, empty) shows "redirect_uri 参数错误"',
  reference: '§1.3, §1.4',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const host = new URL(t.callbackUrl).host;
    for (const redirectUri of ['not a url', `ftp://${host}/x`, '']) {
      expectErrorPage(
        await t.page(qrconnectPath(t, t.website.appid, { redirect_uri: redirectUri })),
        PageError.RedirectUriInvalid,
      );
    }
  },
} satisfies Scenario;

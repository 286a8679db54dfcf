import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

export default {
  id: 'pages.authorize-redirect-uri-invalid',
  title: 'oauth2/authorize with a redirect_uri outside the callback domain shows the 10003 page',
  reference: '§1.4, §2',
  evidence: 'documented',
  needs: ['official-account'],
  async run(t) {
    const path = authorizePath(t, t.officialAccount.appid, { redirect_uri: 'https://attacker.example/cb' });
    expectErrorPage(await t.page(path), PageError.OaRedirectDomainMismatch);
  },
} satisfies Scenario;

import { PageError } from '../../contract/index.js';
import type { Scenario } from '../model/scenario.js';
import { authorizePath, expectErrorPage } from './page-expect.js';

export default {
  id: 'pages.authorize-state-too-long',
  title: 'oauth2/authorize with a state over 128 bytes shows "state参数过长"',
  reference: '§2, §6',
  evidence: 'captured',
  needs: ['official-account'],
  async run(t) {
    // 129 bytes as 129 letters, and as 43 three-byte characters: the limit counts bytes.
    for (const state of ['s'.repeat(129), '状'.repeat(43)]) {
      expectErrorPage(await t.page(authorizePath(t, t.officialAccount.appid, { state })), PageError.StateTooLong);
    }
  },
} satisfies Scenario;

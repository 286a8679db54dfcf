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
    const path = authorizePath(t, t.officialAccount.appid, { state: 's'.repeat(129) });
    expectErrorPage(await t.page(path), PageError.StateTooLong);
  },
} satisfies Scenario;

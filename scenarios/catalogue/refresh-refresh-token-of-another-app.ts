import type { Scenario } from '../model/scenario.js';
import { expectErrcode, refreshParams } from './wechat-expect.js';

// A refresh_token belongs to the app that exchanged the code, as the code does (§3.3); with another appid it is
// not a token of that app (§4, INF).
export default {
  id: 'refresh.refresh-token-of-another-app',
  title: "A refresh_token presented with another app's appid answers 40030 invalid refresh_token",
  reference: '§4, §8',
  evidence: 'inferred',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login();
    expectErrcode(
      await t.sns('/sns/oauth2/refresh_token', refreshParams(t.officialAccount, grant.refresh_token)),
      40030,
    );
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.appid-missing',
  title: 'A code exchange without appid answers 41002 appid missing',
  reference: '§3.3, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', {
      secret: t.website.secret,
      code: 'any',
      grant_type: 'authorization_code',
    });
    expectErrcode(answer, 41002);
  },
} satisfies Scenario;

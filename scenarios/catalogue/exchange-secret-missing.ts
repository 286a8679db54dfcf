import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.secret-missing',
  title: 'A code exchange without secret answers 41004 appsecret missing',
  reference: '§3.3, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', {
      appid: t.website.appid,
      code: 'any',
      grant_type: 'authorization_code',
    });
    expectErrcode(answer, 41004);
  },
} satisfies Scenario;

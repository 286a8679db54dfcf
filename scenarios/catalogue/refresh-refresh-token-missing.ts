import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'refresh.refresh-token-missing',
  title: 'A refresh without refresh_token answers 41003 refresh_token missing',
  reference: '§4, §8',
  evidence: 'documented',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/refresh_token', { appid: t.website.appid, grant_type: 'refresh_token' });
    expectErrcode(answer, 41003);
  },
} satisfies Scenario;

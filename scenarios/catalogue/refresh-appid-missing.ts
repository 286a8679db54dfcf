import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'refresh.appid-missing',
  title: 'A refresh without appid answers 41002 appid missing',
  reference: '§4, §8',
  evidence: 'documented',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/refresh_token', { grant_type: 'refresh_token', refresh_token: 'any' });
    expectErrcode(answer, 41002);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'auth.access-token-missing',
  title: 'Checking a token without access_token answers 41001 access_token missing',
  reference: '§5.1, §8',
  evidence: 'documented',
  needs: [],
  async run(t) {
    expectErrcode(await t.sns('/sns/auth', { openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI' }), 41001);
  },
} satisfies Scenario;

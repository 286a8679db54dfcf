import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'userinfo.access-token-missing',
  title: 'userinfo without access_token answers 41001 access_token missing',
  reference: '§5.2, §8',
  evidence: 'documented',
  needs: [],
  async run(t) {
    expectErrcode(await t.sns('/sns/userinfo', { openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI' }), 41001);
  },
} satisfies Scenario;

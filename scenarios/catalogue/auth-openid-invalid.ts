import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'auth.openid-invalid',
  title: 'Checking a valid access_token with an openid it was not issued to answers 40003 invalid openid',
  reference: '§5.1, §8',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const answer = await t.sns('/sns/auth', {
      access_token: grant.access_token,
      openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI',
    });
    expectErrcode(answer, 40003);
  },
} satisfies Scenario;

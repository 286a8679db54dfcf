import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'userinfo.openid-invalid',
  title: 'userinfo with a valid access_token and an openid it was not issued to answers 40003 invalid openid',
  reference: '§5.2, §8',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const answer = await t.sns('/sns/userinfo', {
      access_token: grant.access_token,
      openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI',
    });
    expectErrcode(answer, 40003);
  },
} satisfies Scenario;

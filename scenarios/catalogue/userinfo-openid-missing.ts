import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'userinfo.openid-missing',
  title: 'userinfo with a valid access_token but no openid answers 41009 missing openid',
  reference: '§5.2, §8',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    expectErrcode(await t.sns('/sns/userinfo', { access_token: grant.access_token }), 41009);
  },
} satisfies Scenario;

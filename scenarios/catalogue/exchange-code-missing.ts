import type { Scenario } from '../model/scenario.js';
import { expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.code-missing',
  title: 'A code exchange without code answers 41008 missing code',
  reference: '§3.3, §8, §11',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/access_token', {
      appid: t.website.appid,
      secret: t.website.secret,
      grant_type: 'authorization_code',
      // python-weixin's refresh sends the code as js_code, which WeChat does not read (§11).
      js_code: 'any',
    });
    expectErrcode(answer, 41008);
  },
} satisfies Scenario;

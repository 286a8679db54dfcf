import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.grant-type-exact',
  title: 'grant_type must be exactly authorization_code: a stray ";" or another grant type answers 40002',
  reference: '§3.1, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    for (const grantType of ['authorization_code;', 'refresh_token']) {
      const params = { ...exchangeParams(t.website, 'any'), grant_type: grantType };
      expectErrcode(await t.sns('/sns/oauth2/access_token', params), 40002);
    }
  },
} satisfies Scenario;

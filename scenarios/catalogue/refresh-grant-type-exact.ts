import type { Scenario } from '../model/scenario.js';
import { expectErrcode, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.grant-type-exact',
  title: 'A refresh whose grant_type is not exactly refresh_token answers 40002 invalid grant_type',
  reference: '§4, §8',
  evidence: 'documented',
  needs: [],
  async run(t) {
    for (const grantType of ['authorization_code', 'refresh_token;']) {
      const params = { ...refreshParams(t.website, 'any'), grant_type: grantType };
      expectErrcode(await t.sns('/sns/oauth2/refresh_token', params), 40002);
    }
  },
} satisfies Scenario;

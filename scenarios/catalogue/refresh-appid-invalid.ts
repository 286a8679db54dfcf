import type { Scenario } from '../model/scenario.js';
import { expectErrcode, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.appid-invalid',
  title: 'A refresh with an appid WeChat does not know answers 40013 invalid appid',
  reference: '§4, §8',
  evidence: 'inferred',
  needs: [],
  async run(t) {
    const answer = await t.sns('/sns/oauth2/refresh_token', refreshParams({ appid: 'wx0000000000000000' }, 'any'));
    expectErrcode(answer, 40013);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode, formPost, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'stabletoken.body-not-json',
  title: '/cgi-bin/stable_token with its parameters form-encoded instead of JSON answers 47001 data format error',
  reference: 'ML§5.2',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    expectErrcode(await t.sns('/cgi-bin/stable_token', {}, formPost(serverTokenParams(t.miniProgram))), 47001);
  },
} satisfies Scenario;

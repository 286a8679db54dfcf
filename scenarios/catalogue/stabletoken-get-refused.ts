import type { Scenario } from '../model/scenario.js';
import { expectErrcode, serverTokenParams } from './wechat-expect.js';

export default {
  id: 'stabletoken.get-refused',
  title: '/cgi-bin/stable_token is a POST only: a GET, even with every parameter, answers 43002 require POST method',
  reference: 'ML§5.2',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    expectErrcode(await t.sns('/cgi-bin/stable_token', serverTokenParams(t.miniProgram)), 43002);
  },
} satisfies Scenario;

import type { Scenario } from '../model/scenario.js';
import { expectErrcode, miniProgramServerToken } from './wechat-expect.js';

export default {
  id: 'phonenumber.get-refused',
  title: 'getuserphonenumber is a POST: a GET answers 43002 require POST method',
  reference: 'ML§4.2',
  evidence: 'inferred',
  needs: ['mini-program'],
  async run(t) {
    const token = await miniProgramServerToken(t);
    expectErrcode(
      await t.sns('/wxa/business/getuserphonenumber', { access_token: token, code: '0'.repeat(64) }),
      43002,
    );
  },
} satisfies Scenario;

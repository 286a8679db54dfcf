import type { Scenario } from '../model/scenario.js';
import { expectErrcode, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.snsapi-base-unauthorized',
  title: 'userinfo with an snsapi_base token answers 48001 api unauthorized',
  reference: '§5.2, §8',
  evidence: 'captured',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_base' });
    expectErrcode(await t.sns('/sns/userinfo', tokenParams(grant)), 48001);
  },
} satisfies Scenario;

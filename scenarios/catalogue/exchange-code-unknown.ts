import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectErrcode } from './wechat-expect.js';

export default {
  id: 'exchange.code-unknown',
  title: 'A well-shaped code that WeChat never issued answers 40029 invalid code',
  reference: '§3.3, §7, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const answer = await t.sns(
      '/sns/oauth2/access_token',
      exchangeParams(t.website, '071vDl000X8kON13q5000PWr744vDl05'),
    );
    expectErrcode(answer, 40029);
  },
} satisfies Scenario;

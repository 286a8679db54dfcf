import type { Scenario } from '../model/scenario.js';
import { expectErrcode, refreshParams } from './wechat-expect.js';

export default {
  id: 'refresh.refresh-token-invalid',
  title: 'A refresh_token WeChat never issued answers 40030 invalid refresh_token',
  reference: '§4, §8',
  evidence: 'captured',
  needs: [],
  async run(t) {
    const bogus = `86_${'x'.repeat(107)}`;
    expectErrcode(await t.sns('/sns/oauth2/refresh_token', refreshParams(t.website, bogus)), 40030);
  },
} satisfies Scenario;

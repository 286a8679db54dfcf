import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'wire.slashes-escaped',
  title: 'Every "/" in an /sns body is escaped as "\\/", as in headimgurl "https:\\/\\/thirdwx.qlogo.cn\\/…"',
  reference: '§5.2, §9',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const answer = await t.sns('/sns/userinfo', tokenParams(await t.login()));
    const { headimgurl } = expectSuccess(answer);
    assert.ok(!/(^|[^\\])\//.test(answer.text), `an unescaped "/" in ${answer.text}`);
    // A person without an avatar has headimgurl "" (§5.2); one with an avatar shows the escaped URL.
    if (headimgurl !== '') assert.ok(answer.text.includes('"headimgurl":"https:\\/\\/'), answer.text);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'wire.raw-utf8',
  title: 'A nickname comes as raw UTF-8 (e.g. 测试用户🐼), never as \\uXXXX escapes',
  reference: '§5.2, §9',
  evidence: 'captured',
  needs: ['fresh-code'],
  async run(t) {
    const answer = await t.sns('/sns/userinfo', tokenParams(await t.login()));
    const { nickname } = expectSuccess(answer);
    assert.equal(typeof nickname, 'string');
    assert.ok(!/\\u[0-9a-fA-F]{4}/.test(answer.text), `a \\u escape in ${answer.text}`);
    // The raw text holds the nickname as it is, only `"`, `\\` and `/` escaped (§9).
    const raw = JSON.stringify(nickname).replaceAll('/', '\\/');
    assert.ok(answer.text.includes(`"nickname":${raw}`), `the nickname is not raw UTF-8 in ${answer.text}`);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

/** A random 16-byte key holds a "/" about one time in three: 40 logins miss one with odds below 1e-6. */
const TRIES = 40;

export default {
  id: 'miniprogram.session-key-slash-escaped',
  title: 'jscode2session writes every "/" of the session_key as "\\/"',
  reference: 'ML§1.2',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    for (let i = 0; i < TRIES; i++) {
      const answer = await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode()));
      const key = String(expectSuccess(answer).session_key);
      if (!key.includes('/')) continue;
      assert.ok(answer.text.includes(`"session_key":"${key.replaceAll('/', '\\/')}"`), `got ${answer.text}`);
      return;
    }
    assert.fail(`no session_key with a "/" in ${TRIES} logins`);
  },
} satisfies Scenario;

import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.success-shape',
  title:
    'jscode2session answers session_key (24 base64 characters), openid and, for a bound mini-program, unionid, in that order and without errcode',
  reference: 'ML§1.2',
  evidence: 'captured',
  needs: ['mini-program'],
  async run(t) {
    const body = expectSuccess(
      await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())),
    );
    assert.deepEqual(Object.keys(body), ['session_key', 'openid', 'unionid']);
    assert.match(String(body.session_key), /^[A-Za-z0-9+/]{22}==$/);
    assert.ok(!('errcode' in body) && !('errmsg' in body), 'a success has neither errcode nor errmsg');
  },
} satisfies Scenario;

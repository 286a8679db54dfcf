import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.unionid-across-apps',
  title:
    'The same person gets the website login’s unionid from a mini-program of the same Open Platform account, and another openid',
  reference: 'ML§1.3',
  evidence: 'documented',
  needs: ['fresh-code', 'mini-program'],
  async run(t) {
    const website = await t.login();
    const mini = expectSuccess(
      await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())),
    );
    assert.ok(website.unionid !== undefined, 'the website login has a unionid');
    assert.equal(mini.unionid, website.unionid);
    assert.notEqual(mini.openid, website.openid);
  },
} satisfies Scenario;

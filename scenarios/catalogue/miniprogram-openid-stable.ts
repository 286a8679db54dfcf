import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.openid-stable',
  title: 'Every wx.login code of the same person gives the same openid and unionid',
  reference: 'ML§1.3',
  evidence: 'documented',
  needs: ['mini-program'],
  async run(t) {
    const exchange = async () =>
      expectSuccess(await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())));
    const first = await exchange();
    const second = await exchange();
    assert.equal(second.openid, first.openid);
    assert.equal(second.unionid, first.unionid);
  },
} satisfies Scenario;

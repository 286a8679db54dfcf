import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'miniprogram.unionid-across-apps',
  title:
    'The same person has one unionid on a website app, an official account and a mini-program of one Open Platform account, and an openid per app',
  reference: 'ML§1.3, §10',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account', 'mini-program'],
  async run(t) {
    const website = await t.login();
    const officialAccount = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const mini = expectSuccess(
      await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())),
    );
    assert.ok(website.unionid !== undefined, 'the website login has a unionid');
    assert.equal(mini.unionid, website.unionid);
    assert.equal(officialAccount.unionid, website.unionid);
    assert.equal(new Set([website.openid, officialAccount.openid, mini.openid]).size, 3, 'one openid per app');
  },
} satisfies Scenario;

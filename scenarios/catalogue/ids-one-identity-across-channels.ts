import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { code2SessionParams, exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'ids.one-identity-across-channels',
  title:
    'One person logging in by website QR, official-account authorization, mini-program and mobile app of one Open Platform account has one unionid and a different openid in each app',
  reference: '§10, ML§1.3, ML§6.2',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account', 'mini-program', 'mobile-app'],
  async run(t) {
    const website = await t.login();
    const officialAccount = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const mini = expectSuccess(
      await t.sns('/sns/jscode2session', code2SessionParams(t.miniProgram, await t.wxLoginCode())),
    );
    const mobile = expectSuccess(
      await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, await t.mobileAppCode())),
    );
    assert.ok(website.unionid !== undefined, 'the website login has a unionid');
    assert.deepEqual(
      [officialAccount.unionid, mini.unionid, mobile.unionid],
      [website.unionid, website.unionid, website.unionid],
      'one unionid in every app of the account',
    );
    const openids = [website.openid, officialAccount.openid, mini.openid, mobile.openid];
    assert.equal(new Set(openids).size, 4, 'one openid per app');
  },
} satisfies Scenario;

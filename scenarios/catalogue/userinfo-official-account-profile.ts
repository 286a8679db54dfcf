import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.official-account-profile',
  title: "userinfo with an official account's snsapi_userinfo token answers the profile with the grant's unionid",
  reference: '§2, §5.2, §10',
  evidence: 'documented',
  needs: ['fresh-code', 'official-account'],
  async run(t) {
    const grant = await t.login({ app: 'official-account', scope: 'snsapi_userinfo' });
    const body = expectSuccess(await t.sns('/sns/userinfo', tokenParams(grant)));
    assert.equal(typeof body.nickname, 'string');
    assert.equal(body.openid, grant.openid);
    assert.equal(body.unionid, grant.unionid);
  },
} satisfies Scenario;

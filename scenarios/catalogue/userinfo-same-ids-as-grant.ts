import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { expectSuccess, tokenParams } from './wechat-expect.js';

export default {
  id: 'userinfo.same-ids-as-grant',
  title: "userinfo answers the grant's openid and the same unionid as the code exchange",
  reference: '§3.2, §5.2, §10',
  evidence: 'documented',
  needs: ['fresh-code'],
  async run(t) {
    const grant = await t.login();
    const body = expectSuccess(await t.sns('/sns/userinfo', tokenParams(grant)));
    assert.equal(body.openid, grant.openid);
    assert.equal(body.unionid, grant.unionid);
  },
} satisfies Scenario;

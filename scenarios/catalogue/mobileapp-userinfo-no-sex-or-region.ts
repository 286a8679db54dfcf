import assert from 'node:assert/strict';
import type { Scenario } from '../model/scenario.js';
import { exchangeParams, expectSuccess } from './wechat-expect.js';

export default {
  id: 'mobileapp.userinfo-no-sex-or-region',
  title:
    "A mobile app's access_token reads /sns/userinfo with the same openid and unionid, trimmed since 2021 to sex 0 and empty region",
  reference: 'ML§6.3, §5.2',
  evidence: 'documented',
  needs: ['mobile-app'],
  async run(t) {
    const code = await t.mobileAppCode();
    const grant = expectSuccess(await t.sns('/sns/oauth2/access_token', exchangeParams(t.mobileApp, code)));
    const query = { access_token: grant.access_token as string, openid: grant.openid as string, lang: 'zh_CN' };
    const body = expectSuccess(await t.sns('/sns/userinfo', query));
    assert.equal(body.openid, grant.openid);
    assert.equal(body.unionid, grant.unionid);
    assert.equal(body.sex, 0);
    assert.deepEqual([body.city, body.province, body.country], ['', '', '']);
  },
} satisfies Scenario;
